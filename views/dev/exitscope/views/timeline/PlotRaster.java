package dev.exitscope.views.timeline;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.jspecify.annotations.Nullable;

/**
 * The timeline's pixels: one premultiplied-ARGB buffer the size of the canvas that the renderer fills with
 * rectangles, triangles and diamonds in plain Java, then hands to the canvas as a single image. A software
 * pipeline replays every canvas command on the render thread at a cost of microseconds each, so a zoomed-out frame
 * of thousands of pixel columns drawn as separate {@code fillRect}s costs tens of milliseconds to present; one
 * image costs one blit. Shapes snap to whole pixels; colours with alpha are blended source-over. The buffer is
 * reused from frame to frame and reallocated only when the canvas size changes. Filling needs no FX thread (a
 * worker may fill a raster ahead of time); {@link #end} does. One thread at a time.
 */
final class PlotRaster {
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private @Nullable PixelBuffer<IntBuffer> pixelBuffer;
    private @Nullable WritableImage image;

    /** Starts a frame of {@code w × h} pixels filled with {@code background}. Any thread. */
    void begin(double w, double h, Color background) {
        int iw = Math.max(1, (int) Math.ceil(w));
        int ih = Math.max(1, (int) Math.ceil(h));
        if (iw != width || ih != height) {
            width = iw;
            height = ih;
            pixels = new int[iw * ih];
            image = null;
        }
        Arrays.fill(pixels, premultiplied(background));
    }

    /**
     * Takes over the pixels of {@code other}, a raster filled elsewhere (by a worker) for the next frame, without
     * allocating or copying; {@code other} must not be used afterwards.
     */
    void takeOver(PlotRaster other) {
        width = other.width;
        height = other.height;
        pixels = other.pixels;
        image = null;
        other.pixels = new int[0];
        other.width = 0;
        other.height = 0;
    }

    /** Puts the frame's pixels on the canvas at (0, 0); draw text and strokes after this. FX thread. */
    void end(GraphicsContext g) {
        if (image == null) {
            pixelBuffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixelBuffer);
        } else {
            pixelBuffer.updateBuffer(b -> null);
        }
        g.clearRect(0, 0, width, height);
        g.drawImage(image, 0, 0);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The premultiplied ARGB value at a pixel (for tests). */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Fills the pixels whose centres lie in the rectangle; at least one pixel column and row when it is thin. */
    void fillRect(double x, double y, double w, double h, int argb) {
        int x0 = (int) Math.round(x);
        int x1 = Math.max(x0 + 1, (int) Math.round(x + w));
        int y0 = (int) Math.round(y);
        int y1 = Math.max(y0 + 1, (int) Math.round(y + h));
        fillPixels(x0, y0, x1, y1, argb);
    }

    /** An upward triangle with its base centred at {@code (cx, baseY)}: {@code half} wide each side, {@code tall}. */
    void fillTriangleUp(double cx, double baseY, double half, double tall, int argb) {
        int rows = Math.max(1, (int) Math.round(tall));
        for (int r = 0; r < rows; r++) {
            double span = half * (r + 1) / rows;
            int y = (int) Math.round(baseY) - rows + r;
            fillPixels((int) Math.round(cx - span), y, (int) Math.round(cx + span) + 1, y + 1, argb);
        }
    }

    /** A diamond centred at {@code (cx, cy)} reaching {@code r} pixels up, down, left and right. */
    void fillDiamond(double cx, double cy, double r, int argb) {
        int ir = (int) Math.round(r);
        int x = (int) Math.round(cx);
        int y = (int) Math.round(cy);
        for (int dy = -ir; dy <= ir; dy++) {
            int span = ir - Math.abs(dy);
            fillPixels(x - span, y + dy, x + span + 1, y + dy + 1, argb);
        }
    }

    private void fillPixels(int x0, int y0, int x1, int y1, int argb) {
        int ax = Math.max(0, x0);
        int bx = Math.min(width, x1);
        int ay = Math.max(0, y0);
        int by = Math.min(height, y1);
        if (ax >= bx || ay >= by) {
            return;
        }
        int alpha = argb >>> 24;
        if (alpha == 255) {
            for (int y = ay; y < by; y++) {
                Arrays.fill(pixels, y * width + ax, y * width + bx, argb);
            }
            return;
        }
        int keep = 255 - alpha;
        for (int y = ay; y < by; y++) {
            int row = y * width;
            for (int i = row + ax; i < row + bx; i++) {
                pixels[i] = over(argb, pixels[i], keep);
            }
        }
    }

    /** Source-over of premultiplied {@code src} onto {@code dst}; {@code keep} is 255 minus the source alpha. */
    private static int over(int src, int dst, int keep) {
        int a = (src >>> 24) + ((dst >>> 24) * keep + 127) / 255;
        int r = ((src >>> 16) & 0xff) + (((dst >>> 16) & 0xff) * keep + 127) / 255;
        int g = ((src >>> 8) & 0xff) + (((dst >>> 8) & 0xff) * keep + 127) / 255;
        int b = (src & 0xff) + ((dst & 0xff) * keep + 127) / 255;
        return Math.min(255, a) << 24 | Math.min(255, r) << 16 | Math.min(255, g) << 8 | Math.min(255, b);
    }

    /** A colour as a premultiplied ARGB int, the form every fill here takes. */
    static int premultiplied(Color c) {
        double a = c.getOpacity();
        int ia = (int) Math.round(a * 255);
        int r = (int) Math.round(c.getRed() * a * 255);
        int g = (int) Math.round(c.getGreen() * a * 255);
        int b = (int) Math.round(c.getBlue() * a * 255);
        return ia << 24 | r << 16 | g << 8 | b;
    }
}
