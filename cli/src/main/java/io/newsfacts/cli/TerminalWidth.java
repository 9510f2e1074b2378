package io.newsfacts.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The width to fit human output to: {@code $COLUMNS} when set, else the terminal's width asked of {@code stty}
 * when standard output is a terminal, else 0 (output to a pipe or file is not cut).
 */
final class TerminalWidth {
    private TerminalWidth() {
    }

    static int detect() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,4}")) {
            return Integer.parseInt(columns.strip());
        }
        if (System.console() == null) {
            return 0;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty")).start();
            if (!stty.waitFor(1, TimeUnit.SECONDS)) {
                stty.destroyForcibly();
                return 0;
            }
            String[] rowsCols = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip()
                    .split("\\s+");
            return rowsCols.length == 2 && rowsCols[1].matches("\\d{1,4}") ? Integer.parseInt(rowsCols[1]) : 0;
        } catch (IOException e) {
            return 0; // no stty (not a Unix): output is not cut
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
