package org.vangnet.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 document written top to bottom: headings, paragraphs wrapped to the width, label and
 * value lines, each page footed with the case reference and its number. The standard Helvetica
 * needs no font file in the jar; a character it cannot show (a script outside Western European
 * text) is printed as "?" rather than failing the whole dossier.
 */
final class DossierPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final String footer;
    private PDPageContentStream page;
    private float y;

    DossierPdf(String title, String footer) {
        this.footer = footer;
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Vangnet");
    }

    void title(String text) {
        write(text, bold, 16, 0);
        y -= 6;
    }

    void heading(String text) {
        y -= 10;
        ensure(3 * 13 * LEADING);
        write(text, bold, 12, 0);
        y -= 2;
    }

    void paragraph(String text) {
        for (String line : (text == null ? "" : text).split("\\R")) {
            write(line, regular, BODY, 0);
        }
    }

    void fact(String label, String value) {
        if (value != null && !value.isBlank()) {
            write(label + ": " + value, regular, BODY, 0);
        }
    }

    void item(String text) {
        y -= 3;
        write("• " + text, bold, BODY, 0);
    }

    void detail(String text) {
        if (text != null && !text.isBlank()) {
            for (String line : text.split("\\R")) {
                write(line, regular, BODY, 14);
            }
        }
    }

    byte[] finish() {
        try {
            closePage();
            if (document.getNumberOfPages() == 0) {
                newPage();
                closePage();
            }
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (var stream = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    stream.beginText();
                    stream.setFont(regular, 8);
                    stream.newLineAtOffset(MARGIN, MARGIN / 2);
                    stream.showText(printable(footer + " · " + (i + 1) + "/" + count, regular));
                    stream.endText();
                }
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                document.close();
            } catch (IOException ignored) {
                // Nothing was written to disk; the memory goes with the document.
            }
        }
    }

    private void write(String text, PDFont font, float size, float indent) {
        for (String line : wrap(printable(text, font), font, size, WIDTH - indent)) {
            ensure(size * LEADING);
            try {
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN + indent, y - size);
                page.showText(line);
                page.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= size * LEADING;
        }
    }

    private void ensure(float height) {
        if (page == null || y - height < MARGIN) {
            closePage();
            newPage();
        }
    }

    private void newPage() {
        var added = new PDPage(PDRectangle.A4);
        document.addPage(added);
        try {
            page = new PDPageContentStream(document, added);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void closePage() {
        if (page != null) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            page = null;
        }
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width || line.isEmpty() && width(word, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the page (a long link, a hash): cut it where it no longer fits.
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with what the font cannot encode replaced, and tabs as spaces. */
    static String printable(String text, PDFont font) {
        var out = new StringBuilder();
        // The timeline writes a status change with an arrow, which WinAnsi lacks.
        text.replace('\t', ' ').replace("\u2192", "->").codePoints().forEach(cp -> {
            String character = Character.toString(cp);
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException unsupported) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
