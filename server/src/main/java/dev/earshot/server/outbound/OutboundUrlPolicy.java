package dev.earshot.server.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Decides whether Earshot may contact a URL: every webhook, every fetched input and every presigned output
 * goes through {@link #check}. By default only https to public addresses passes. The host is resolved and
 * every address it resolves to is checked, so a public name pointing at a private address is refused too.
 * Redirects are checked hop by hop by {@link OutboundHttp}.
 */
@Component
public class OutboundUrlPolicy {

    private static final List<AddressRange> NOT_PUBLIC = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8", "64:ff9b::/96")
            .stream().map(AddressRange::parse).toList();
    private final OutboundSettings settings;
    private final List<AddressRange> allowedRanges;
    private final List<String> allowedNames;

    public OutboundUrlPolicy(OutboundSettings settings) {
        this.settings = settings;
        this.allowedRanges = settings.allowedHosts().stream().filter(AddressRange::looksLikeRange)
                .map(AddressRange::parse).toList();
        this.allowedNames = settings.allowedHosts().stream().filter(h -> !AddressRange.looksLikeRange(h))
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** Returns the URL if it may be contacted; throws {@link RefusedUrlException} saying why not. */
    public URI check(URI url) {
        if (url == null || !url.isAbsolute() || url.getHost() == null) {
            throw new RefusedUrlException("not an absolute URL with a host: " + url);
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !settings.allowHttp()) {
            throw new RefusedUrlException("only https URLs are allowed, got http://; set "
                    + "EARSHOT_OUTBOUND_ALLOW_HTTP=true to allow plain http");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new RefusedUrlException("only https URLs are allowed, got " + scheme + "://");
        }
        if (url.getRawUserInfo() != null) {
            throw new RefusedUrlException("URLs with a user name or password are not allowed");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean namedAllowed = allowedNames.contains(host);
        for (InetAddress address : resolve(host)) {
            if (!namedAllowed && !isPublic(address) && allowedRanges.stream().noneMatch(r -> r.contains(address))) {
                throw new RefusedUrlException("the host " + url.getHost() + " resolves to " + address.getHostAddress()
                        + ", a private, loopback, link-local or reserved address; allow it with "
                        + "EARSHOT_OUTBOUND_ALLOWED_HOSTS if it is meant to be reached");
            }
        }
        return url;
    }

    /** Parses and checks a URL given as text. */
    public URI check(String url) {
        try {
            return check(URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            throw new RefusedUrlException("not a valid URL: " + url);
        }
    }

    static boolean isPublic(InetAddress address) {
        InetAddress effective = embeddedIpv4(address);
        return NOT_PUBLIC.stream().noneMatch(range -> range.contains(effective))
                && !effective.isAnyLocalAddress() && !effective.isLoopbackAddress() && !effective.isLinkLocalAddress()
                && !effective.isSiteLocalAddress() && !effective.isMulticastAddress();
    }

    /** An IPv4-mapped or IPv4-compatible IPv6 address checked as the IPv4 address it carries. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return address;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return Inet4Address.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new UnresolvableHostException(host);
        }
    }
}
