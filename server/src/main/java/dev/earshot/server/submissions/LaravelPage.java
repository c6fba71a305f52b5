package dev.earshot.server.submissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Laravel's paginated resource body: {@code data}, {@code links} (first, last, prev, next) and {@code meta}
 * (current_page, from, last_page, links, path, per_page, to, total), with {@code meta.links} windowed as Laravel's
 * {@code UrlWindow} does (three pages on each side of the current one, {@code ...} between windows). Page links keep
 * the request's other query parameters, as Laravel's {@code withQueryString()} does.
 *
 * @param path  the request URL without its query
 * @param query the other query parameters as {@code key=value&...} (URL-encoded), or empty
 */
record LaravelPage(List<?> data, long total, int perPage, int currentPage, String path, String query) {

    private static final int ON_EACH_SIDE = 3;

    int lastPage() {
        return (int) Math.max(1, (total + perPage - 1) / perPage);
    }

    Map<String, Object> body() {
        int last = lastPage();
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", url(1));
        links.put("last", url(last));
        links.put("prev", currentPage > 1 ? url(currentPage - 1) : null);
        links.put("next", currentPage < last ? url(currentPage + 1) : null);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("current_page", currentPage);
        boolean empty = data.isEmpty();
        meta.put("from", empty ? null : (currentPage - 1) * perPage + 1);
        meta.put("last_page", last);
        meta.put("links", pageLinks(last));
        meta.put("path", path);
        meta.put("per_page", perPage);
        meta.put("to", empty ? null : (currentPage - 1) * perPage + data.size());
        meta.put("total", total);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("links", links);
        body.put("meta", meta);
        return body;
    }

    private List<Map<String, Object>> pageLinks(int last) {
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link(currentPage > 1 ? url(currentPage - 1) : null, "&laquo; Previous", false));
        for (List<Integer> window : windows(last)) {
            if (window == null) {
                links.add(link(null, "...", false));
            } else {
                window.forEach(page -> links.add(link(url(page), String.valueOf(page), page == currentPage)));
            }
        }
        links.add(link(currentPage < last ? url(currentPage + 1) : null, "Next &raquo;", false));
        return links;
    }

    /** Runs of page numbers, null standing for the {@code ...} between two runs. */
    private List<List<Integer>> windows(int last) {
        List<List<Integer>> windows = new ArrayList<>();
        if (last < ON_EACH_SIDE * 2 + 8) {
            windows.add(range(1, last));
            return windows;
        }
        int window = ON_EACH_SIDE + 4;
        if (currentPage <= window) {
            windows.add(range(1, window + ON_EACH_SIDE));
        } else if (currentPage > last - window) {
            windows.add(range(1, 2));
            windows.add(null);
            windows.add(range(last - (window + (ON_EACH_SIDE - 1)), last));
            return windows;
        } else {
            windows.add(range(1, 2));
            windows.add(null);
            windows.add(range(currentPage - ON_EACH_SIDE, currentPage + ON_EACH_SIDE));
        }
        windows.add(null);
        windows.add(range(last - 1, last));
        return windows;
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private String url(int page) {
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
    }

    private static Map<String, Object> link(String url, String label, boolean active) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("url", url);
        link.put("label", label);
        link.put("active", active);
        return link;
    }
}
