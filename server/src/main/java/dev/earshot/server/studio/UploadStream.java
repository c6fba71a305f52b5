package dev.earshot.server.studio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file part of an upload form as it streams into the blob store: counted, hashed (MD5, S3's ETag of a single
 * upload), and cut off with an {@link IOException} as soon as it passes {@code maxBytes}, so an oversized file is
 * refused without being read to its end or kept anywhere.
 */
final class UploadStream extends FilterInputStream {

    private final long maxBytes;
    private final MessageDigest md5;
    private long count;
    private boolean exceeded;

    UploadStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count += read;
            md5.update(buffer, offset, read);
            if (count > maxBytes) {
                exceeded = true;
                throw new IOException("the file is larger than the " + maxBytes + " bytes the form allows");
            }
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }

    long count() {
        return count;
    }

    boolean exceeded() {
        return exceeded;
    }

    /** The quoted hex MD5 of what was read, as S3's {@code ETag} header. */
    String etag() {
        return "\"" + HexFormat.of().formatHex(md5.digest()) + "\"";
    }
}
