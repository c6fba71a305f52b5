package dev.earshot.server.reliability;

/** The Ogg page checksum (CRC-32, polynomial 0x04c11db7, not reflected, over the page with the field zeroed). */
final class OggPages {

    private static final int CHECKSUM = 22;
    private static final int SEGMENTS = 26;
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80000000) != 0 ? crc << 1 ^ 0x04c11db7 : crc << 1;
            }
            TABLE[i] = crc;
        }
    }

    private OggPages() {
    }

    /** Recomputes the checksum of the page that starts at {@code page} (its "OggS"). */
    static void fixChecksum(byte[] bytes, int page) {
        int segments = bytes[page + SEGMENTS] & 0xff;
        int length = 27 + segments;
        for (int i = 0; i < segments; i++) {
            length += bytes[page + 27 + i] & 0xff;
        }
        for (int i = 0; i < 4; i++) {
            bytes[page + CHECKSUM + i] = 0;
        }
        int crc = 0;
        for (int i = page; i < page + length; i++) {
            crc = crc << 8 ^ TABLE[(crc >>> 24 ^ bytes[i]) & 0xff];
        }
        for (int i = 0; i < 4; i++) {
            bytes[page + CHECKSUM + i] = (byte) (crc >>> 8 * i);
        }
    }
}
