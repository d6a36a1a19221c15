package dev.fearless.bench.report;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Two kinds of PNG chart drawn with headless Java2D, so that the report needs no plotting library:
 * horizontal grouped bars (ratios to the floor) and lines over a thread count (contention scaling).
 * Missing values (NaN) are left out of the picture.
 */
final class Charts {
    static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    };
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private Charts() {
    }

    /** One line of a line chart; {@code dashed} distinguishes a second JDK of the same implementation. */
    record Line(String name, Color color, boolean dashed, double[] y) {
    }

    /**
     * Horizontal bars, one group per category and one bar per series, with a vertical reference line at
     * {@code reference} (e.g. 1.0 = the floor).
     */
    static void bars(Path file, String title, String axis, List<String> categories, List<String> series,
                     double[][] values, double reference) {
        int groupHeight = 14 * series.size() + 14;
        int top = 60;
        int left = 230;
        int width = 900;
        int plotWidth = width - left - 60;
        int height = top + groupHeight * categories.size() + 60 + 18 * ((series.size() + 2) / 3);
        double max = reference;
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        max = niceCeiling(max * 1.08);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img, title);
        int plotBottom = top + groupHeight * categories.size();
        // grid
        g.setFont(SMALL);
        for (double t : ticks(max)) {
            int x = left + (int) Math.round(t / max * plotWidth);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, top, x, plotBottom);
            g.setColor(Color.DARK_GRAY);
            String s = format(t);
            g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, plotBottom + 14);
        }
        g.setFont(LABEL);
        g.drawString(axis, left + plotWidth / 2 - g.getFontMetrics().stringWidth(axis) / 2, plotBottom + 32);
        for (int c = 0; c < categories.size(); c++) {
            int y0 = top + c * groupHeight + 7;
            g.setColor(Color.BLACK);
            String label = categories.get(c);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(label, left - 8 - fm.stringWidth(label), y0 + 7 * series.size() + 4);
            for (int s = 0; s < series.size(); s++) {
                double v = values[s][c];
                if (Double.isNaN(v)) {
                    continue;
                }
                int w = (int) Math.round(v / max * plotWidth);
                g.setColor(PALETTE[s % PALETTE.length]);
                g.fillRect(left, y0 + s * 14, Math.max(1, w), 12);
                g.setColor(Color.DARK_GRAY);
                g.setFont(SMALL);
                g.drawString(format(v), left + w + 4, y0 + s * 14 + 10);
                g.setFont(LABEL);
            }
        }
        // reference line
        int rx = left + (int) Math.round(reference / max * plotWidth);
        g.setColor(Color.BLACK);
        g.setStroke(dashed(1.5f));
        g.drawLine(rx, top - 6, rx, plotBottom);
        g.setStroke(new BasicStroke(1));
        g.setColor(Color.BLACK);
        g.drawLine(left, top, left, plotBottom);
        legend(g, series, left, plotBottom + 46);
        write(img, file);
    }

    /** Lines over {@code x} (thread counts, drawn on a log2 axis). */
    static void lines(Path file, String title, String xAxis, String yAxis, int[] x, List<Line> lines) {
        int width = 900;
        int height = 560;
        int left = 80;
        int top = 50;
        int right = 250;
        int bottom = 60;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        double max = 0;
        for (Line l : lines) {
            for (double v : l.y()) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        max = niceCeiling(max * 1.08);
        double lx0 = log2(x[0]);
        double lx1 = Math.max(lx0 + 1, log2(x[x.length - 1]));
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img, title);
        g.setFont(SMALL);
        for (double t : ticks(max)) {
            int y = top + plotH - (int) Math.round(t / max * plotH);
            g.setColor(new Color(0xdddddd));
            g.drawLine(left, y, left + plotW, y);
            g.setColor(Color.DARK_GRAY);
            String s = format(t);
            g.drawString(s, left - 6 - g.getFontMetrics().stringWidth(s), y + 4);
        }
        for (int xi : x) {
            int px = left + (int) Math.round((log2(xi) - lx0) / (lx1 - lx0) * plotW);
            g.setColor(new Color(0xdddddd));
            g.drawLine(px, top, px, top + plotH);
            g.setColor(Color.DARK_GRAY);
            String s = Integer.toString(xi);
            g.drawString(s, px - g.getFontMetrics().stringWidth(s) / 2, top + plotH + 16);
        }
        g.setFont(LABEL);
        g.setColor(Color.BLACK);
        g.drawString(xAxis, left + plotW / 2 - g.getFontMetrics().stringWidth(xAxis) / 2, top + plotH + 36);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yAxis, -(top + plotH / 2 + g.getFontMetrics().stringWidth(yAxis) / 2), 18);
        rotated.dispose();
        g.drawRect(left, top, plotW, plotH);
        for (Line l : lines) {
            g.setColor(l.color());
            g.setStroke(l.dashed() ? dashed(2f) : new BasicStroke(2f));
            int prevX = -1;
            int prevY = -1;
            for (int i = 0; i < x.length; i++) {
                double v = l.y()[i];
                if (Double.isNaN(v)) {
                    prevX = -1;
                    continue;
                }
                int px = left + (int) Math.round((log2(x[i]) - lx0) / (lx1 - lx0) * plotW);
                int py = top + plotH - (int) Math.round(v / max * plotH);
                g.fillOval(px - 3, py - 3, 7, 7);
                if (prevX >= 0) {
                    g.drawLine(prevX, prevY, px, py);
                }
                prevX = px;
                prevY = py;
            }
        }
        g.setStroke(new BasicStroke(1));
        // legend on the right
        g.setFont(LABEL);
        int ly = top + 10;
        for (Line l : lines) {
            g.setColor(l.color());
            g.setStroke(l.dashed() ? dashed(2f) : new BasicStroke(2f));
            g.drawLine(left + plotW + 12, ly - 4, left + plotW + 40, ly - 4);
            g.setStroke(new BasicStroke(1));
            g.setColor(Color.BLACK);
            g.drawString(l.name(), left + plotW + 46, ly);
            ly += 18;
        }
        write(img, file);
    }

    private static Graphics2D start(BufferedImage img, String title) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(title, 20, 28);
        return g;
    }

    private static void legend(Graphics2D g, List<String> series, int x, int y) {
        g.setFont(LABEL);
        int cx = x;
        int cy = y;
        for (int s = 0; s < series.size(); s++) {
            if (s > 0 && s % 3 == 0) {
                cx = x;
                cy += 18;
            }
            g.setColor(PALETTE[s % PALETTE.length]);
            g.fillRect(cx, cy - 10, 14, 12);
            g.setColor(Color.BLACK);
            g.drawString(series.get(s), cx + 20, cy);
            cx += 200;
        }
    }

    private static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}. */
    static double niceCeiling(double v) {
        if (v <= 0 || Double.isNaN(v)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static double[] ticks(double max) {
        double[] t = new double[6];
        for (int i = 0; i < t.length; i++) {
            t[i] = max * i / 5;
        }
        return t;
    }

    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static void write(BufferedImage img, Path file) {
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
