package io.newsfacts.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress line of a batch on standard error: articles done of all, percent, rate and time left, redrawn in
 * place with a carriage return, at most a few times a second. Only on a terminal: when standard error is a file or
 * a pipe, {@link #off} prints the messages alone and no control characters at all. Used by the batch thread only.
 */
final class Progress {
    /** Moves to the start of the line and erases it. */
    private static final String CLEAR = "\r\u001b[K";
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean on;
    private final int total;
    private final long startNanos;
    private long lastDraw;
    private int done;
    private boolean drawn;

    private Progress(PrintWriter err, boolean on, int total, long startNanos) {
        this.err = err;
        this.on = on;
        this.total = total;
        this.startNanos = startNanos;
    }

    /** A progress line on {@code err}, which must be a terminal. */
    static Progress on(PrintWriter err, int total) {
        return new Progress(err, true, total, System.nanoTime());
    }

    /** No progress line: messages only. */
    static Progress off(PrintWriter err) {
        return new Progress(err, false, 0, 0);
    }

    /** Prints a message line (an error, a note), above the progress line. */
    void message(String line) {
        if (drawn) {
            err.print(CLEAR);
            drawn = false;
        }
        err.println(line);
        if (on) {
            draw(System.nanoTime());
        }
        err.flush();
    }

    /** {@code done} inputs are finished; redraws when the last drawing is old enough. */
    void update(int done) {
        this.done = done;
        tick();
    }

    /** Redraws when the last drawing is old enough, so the rate and time left move while an article is slow. */
    void tick() {
        if (!on) return;
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS) return;
        draw(now);
        err.flush();
    }

    /** Removes the progress line, before the batch's report. */
    void close() {
        if (drawn) {
            err.print(CLEAR);
            err.flush();
            drawn = false;
        }
    }

    private void draw(long now) {
        err.print('\r' + line(done, total, (now - startNanos) / 1e9) + "\u001b[K");
        lastDraw = now;
        drawn = true;
    }

    /** The text of the progress line: {@code [=====>     ]  512/2227  23%  4.1 articles/s  ETA 6m58s}. */
    static String line(int done, int total, double seconds) {
        double fraction = total == 0 ? 1 : done / (double) total;
        int filled = (int) Math.round(fraction * BAR);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < BAR; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        bar.append(']');
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? duration((total - done) / rate) : "--";
        return String.format(Locale.ROOT, "%s %d/%d %3d%%  %.1f articles/s  ETA %s", bar, done, total,
                (int) Math.floor(fraction * 100), rate, eta);
    }

    /** 59s, 6m58s, 2h05m. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
