package org.opendisclosure.parser.source;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer (PDFBox) laid out as the text export: the page's glyphs grouped into runs
 * (glyphs on one baseline without a gap), runs into visual lines by baseline. A PDF has no tables,
 * only text at places, so tables are rebuilt from those places: lines set smaller than the body
 * text, or holding runs far apart, are table rows; their cells are the runs, put in the columns
 * the runs of the whole table start at; a cell's lines are the runs of one column where the text
 * wrapped (the next line's first word would not have fit); cells that overlap vertically make one
 * row, and a row a page break cut in two is joined again. Prose lines are joined into their
 * paragraphs, which a PDF breaks into lines wherever the line is full. Each line is placed by page.
 *
 * <p>Where the table's cells have borders (the lines word processors draw), those decide instead:
 * lines of one column with no border between them are one cell, cells under the same top border
 * one row, so that a cell merged over several rows, its text centred in them, is the first row's.
 *
 * <p>What a PDF does not show cannot be rebuilt: an empty cell is no text at all. A column without
 * text before a row's last cell is an empty cell; the empty cells a row ends with are not written,
 * and the table readers, told that the text comes from a PDF, take the ones a row lacks as empty.
 */
final class PdfText {

    // A gap of more than this (in ems) between glyphs on a baseline starts a new run: cells are
    // separated by their padding (two narrow margins, a third of an em in small type), text set in
    // two fonts (Chinese, then digits) by a fifth of an em at most, Chinese words by nothing at all.
    private static final double RUN_GAP = 0.27;
    // The room between one cell's text and the next one's, in ems (Word's and LibreOffice's default
    // cell margins, two times 0.05 inch, in 9-point type).
    private static final double CELL_PADDING = 0.33;
    // A run is in the table's column whose start it is within this many points of.
    private static final double COLUMN_TOLERANCE = 3.0;
    // Lines of one cell follow each other at their line height, about 1.45 ems; the first line of the
    // next row is at least a little further (the cells' paddings lie between).
    private static final double CELL_LINE_PITCH = 1.5;
    // Lines of a paragraph follow each other at the body's line pitch; the spacing after a paragraph adds to that.
    private static final double PARAGRAPH_PITCH = 1.15;
    // A size at least this share of the glyphs have is a size of running text (the body's or the tables').
    private static final double RUNNING_SHARE = 0.2;
    // A figure, or a document number such as [2004]36, which a line never breaks either.
    private static final Pattern LEADING_FIGURE = Pattern.compile("^[\\[［〔]?[-－]?[0-9０-９][0-9０-９,，.．\\]］〕]*");
    private static final double FIGURE_GLYPH_WIDTH = 0.6;
    private static final String NO_LINE_START = "、，。；：！？）》」』】〕］”’…％%,.;:!?)";
    private static final Pattern ENUMERATED = Pattern.compile("^(\\d{1,3}(、|[.．](?![0-9０-９]))|[（(][一二三四五六七八九十\\d]{1,3}[)）])");

    private PdfText() {
    }

    static SourceText read(byte[] bytes) {
        List<List<Glyph>> pages;
        List<Borders> borders = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Collector collector = new Collector();
            collector.getText(document);
            pages = collector.pages;
            for (PDPage page : document.getPages()) {
                borders.add(Rules.of(page));
            }
        } catch (InvalidPasswordException e) {
            throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNREADABLE_FILE, DocumentFormat.PDF,
                    "a password-protected PDF: save it without a password and send it again", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file as IOException, and some damage only as a runtime exception while parsing.
            throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.UNREADABLE_FILE, DocumentFormat.PDF,
                    "a PDF that cannot be read: it is damaged or not a PDF after all", e);
        }
        long readable = pages.stream().flatMap(List::stream).filter(g -> !g.text.isBlank()).count();
        if (readable == 0) {
            throw new UnsupportedDocumentException(UnsupportedDocumentException.Reason.NO_TEXT_LAYER, DocumentFormat.PDF,
                    "a PDF without a text layer; OCR is not done: send the Word file, or a PDF exported from it rather than scanned");
        }
        return new Layout(pages, borders).write();
    }

    /** A horizontal line drawn on a page (a table's border): from x to end at y from the top, in points. */
    private record Rule(double y, double x, double end) {

        boolean spans(double at) {
            return x - COLUMN_TOLERANCE <= at && at <= end + COLUMN_TOLERANCE;
        }
    }

    /** A vertical line drawn on a page: at x from top to bottom (from the top of the page), in points. */
    private record Upright(double x, double top, double bottom) {
    }

    /** The lines a page draws, top to bottom and left to right. */
    private record Borders(List<Rule> rules, List<Upright> uprights) {
    }

    /**
     * The horizontal lines a page draws: stroked segments and rectangles (each rectangle's top and
     * bottom edge), and filled rectangles thin enough to be a line, as word processors draw cell borders.
     */
    private static final class Rules extends PDFGraphicsStreamEngine {
        // A filled rectangle no taller than this (points) is a line; cell shading is taller.
        private static final double THIN = 2.5;
        private final double top;
        private final List<Rule> rules = new ArrayList<>();
        private final List<Upright> uprights = new ArrayList<>();
        private final List<Point2D[]> segments = new ArrayList<>();
        private final List<Point2D[]> rectangles = new ArrayList<>();
        private Point2D current = new Point2D.Float();

        private Rules(PDPage page) {
            super(page);
            PDRectangle box = page.getCropBox();
            this.top = box.getUpperRightY();
        }

        static Borders of(PDPage page) throws IOException {
            Rules collector = new Rules(page);
            collector.processPage(page);
            collector.rules.sort(Comparator.comparingDouble(Rule::y));
            collector.uprights.sort(Comparator.comparingDouble(Upright::x));
            return new Borders(List.copyOf(collector.rules), List.copyOf(collector.uprights));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangles.add(new Point2D[] {p0, p1, p2, p3});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D to = new Point2D.Float(x, y);
            segments.add(new Point2D[] {current, to});
            current = to;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void strokePath() {
            for (Point2D[] segment : segments) {
                double[] box = box(segment);
                if (box[3] - box[1] < 0.5) {
                    add(box[1], box[0], box[2]);
                } else if (box[2] - box[0] < 0.5) {
                    addUpright(box[0], box[1], box[3]);
                }
            }
            for (Point2D[] rectangle : rectangles) {
                double[] box = box(rectangle);
                add(box[1], box[0], box[2]);
                add(box[3], box[0], box[2]);
                addUpright(box[0], box[1], box[3]);
                addUpright(box[2], box[1], box[3]);
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (Point2D[] rectangle : rectangles) {
                double[] box = box(rectangle);
                if (box[3] - box[1] <= THIN && box[2] - box[0] > THIN) {
                    add((box[1] + box[3]) / 2, box[0], box[2]);
                } else if (box[2] - box[0] <= THIN && box[3] - box[1] > THIN) {
                    addUpright((box[0] + box[2]) / 2, box[1], box[3]);
                }
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void endPath() {
            segments.clear();
            rectangles.clear();
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void closePath() {
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void shadingFill(COSName shading) {
        }

        private void add(double y, double x, double end) {
            if (end - x > THIN) {
                rules.add(new Rule(top - y, x, end));
            }
        }

        private void addUpright(double x, double y, double end) {
            if (end - y > THIN) {
                uprights.add(new Upright(x, top - end, top - y));
            }
        }

        /** x, y, end x, end y of the four corners. */
        private static double[] box(Point2D[] corners) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (Point2D corner : corners) {
                box[0] = Math.min(box[0], corner.getX());
                box[1] = Math.min(box[1], corner.getY());
                box[2] = Math.max(box[2], corner.getX());
                box[3] = Math.max(box[3], corner.getY());
            }
            return box;
        }
    }

    /** One glyph as placed on its page: x and the baseline y from the top-left, in points. */
    private record Glyph(String text, double x, double end, double baseline, double size) {
    }

    /** Glyphs on one baseline without a gap: a word, a cell's line, a line of prose. */
    private record Run(String text, double x, double end, double baseline, double size) {

        double top() {
            return baseline - 0.8 * size;
        }

        double bottom() {
            return baseline + 0.2 * size;
        }
    }

    /** The runs on one baseline of a page, left to right. */
    private record VisualLine(int page, List<Run> runs) {

        double baseline() {
            return runs.get(0).baseline();
        }

        double size() {
            return runs.stream().mapToDouble(Run::size).max().orElse(0);
        }

        double x() {
            return runs.get(0).x();
        }

        double end() {
            return runs.get(runs.size() - 1).end();
        }

        /** The runs in order; runs are apart only where there is room for a space, which is kept as one. */
        String text() {
            return String.join(" ", runs.stream().map(Run::text).toList());
        }
    }

    /** Collects every glyph of every page, in content order, instead of letting the stripper write text. */
    private static final class Collector extends PDFTextStripper {
        private final List<List<Glyph>> pages = new ArrayList<>();
        private List<Glyph> page;

        Collector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage pdPage) {
            page = new ArrayList<>();
            pages.add(page);
        }

        private static boolean isOverprint(Glyph before, Glyph glyph) {
            return before.text.equals(glyph.text) && Math.abs(before.x - glyph.x) < 0.15 * glyph.size
                    && Math.abs(before.baseline - glyph.baseline) < 0.15 * glyph.size;
        }

        // Vertical and rotated text (stamps, margin notes) is no part of the document's lines.
        @Override
        protected void processTextPosition(TextPosition text) {
            String unicode = text.getUnicode();
            if (page == null || unicode == null || unicode.isEmpty() || text.getDir() != 0) {
                return;
            }
            double size = text.getFontSizeInPt() > 0 ? text.getFontSizeInPt() : text.getHeightDir();
            Glyph glyph = new Glyph(unicode, text.getXDirAdj(), text.getXDirAdj() + text.getWidthDirAdj(), text.getYDirAdj(), size);
            if (!page.isEmpty() && isOverprint(page.get(page.size() - 1), glyph)) {
                // Bold faked by drawing a glyph twice, a hair apart: one character.
                return;
            }
            page.add(glyph);
        }
    }

    private static final class Layout {
        private final List<List<Glyph>> pages;
        private final List<Borders> borders;
        private final double bodySize;
        private final double bodyPitch;
        private final double rightMargin;
        private final double leftMargin;

        Layout(List<List<Glyph>> pages, List<Borders> borders) {
            this.pages = pages;
            this.borders = borders;
            this.bodySize = bodySize(pages.stream().flatMap(List::stream).filter(g -> !g.text.isBlank())
                    .map(g -> round(g.size)).toList());
            List<VisualLine> body = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                lines(p).stream().filter(line -> !isTabular(line)).forEach(body::add);
            }
            List<Double> pitches = new ArrayList<>();
            for (int i = 1; i < body.size(); i++) {
                if (body.get(i).page() == body.get(i - 1).page()) {
                    pitches.add(round(body.get(i).baseline() - body.get(i - 1).baseline()));
                }
            }
            // Most lines of prose are lines within a paragraph: the most common distance is the line pitch.
            this.bodyPitch = pitches.isEmpty() ? bodySize * 1.2 : mostCommon(pitches);
            // Where full lines end; punctuation may hang a little past it.
            this.rightMargin = mostCommon(body.stream().map(line -> round(line.end())).toList());
            // Where lines that go on with a paragraph start; its first line is indented past it.
            this.leftMargin = body.stream().mapToDouble(VisualLine::x).map(Layout::round).min().orElse(0);
        }

        SourceText write() {
            List<Block> blocks = new ArrayList<>();
            List<VisualLine> table = new ArrayList<>();
            VisualLine previous = null;
            StringBuilder paragraph = new StringBuilder();
            String paragraphPage = null;
            for (int p = 0; p < pages.size(); p++) {
                for (VisualLine line : lines(p)) {
                    if (isTabular(line)) {
                        if (!paragraph.isEmpty()) {
                            blocks.add(new Block.Paragraph(paragraph.toString(), paragraphPage));
                            paragraph.setLength(0);
                        }
                        table.add(line);
                        previous = null;
                        continue;
                    }
                    if (!table.isEmpty()) {
                        blocks.add(table(table));
                        table.clear();
                    }
                    if (previous == null || !continues(previous, line)) {
                        if (!paragraph.isEmpty()) {
                            blocks.add(new Block.Paragraph(paragraph.toString(), paragraphPage));
                        }
                        paragraph.setLength(0);
                        paragraphPage = "page " + (p + 1);
                    }
                    paragraph.append(line.text());
                    previous = line;
                }
            }
            if (!paragraph.isEmpty()) {
                blocks.add(new Block.Paragraph(paragraph.toString(), paragraphPage));
            }
            if (!table.isEmpty()) {
                blocks.add(table(table));
            }
            return ExportLayout.write(DocumentFormat.PDF, blocks);
        }

        /**
         * Whether the line goes on with the paragraph of the line before: the line before is full
         * (it reaches the right margin) and this one follows at the body's line pitch, or on the
         * next page; a line that starts a numbered item never does.
         */
        private boolean continues(VisualLine before, VisualLine line) {
            boolean full = before.end() >= rightMargin - before.size() * 1.5 || carriedOver(before, line);
            boolean next = line.page() != before.page()
                    || line.baseline() - before.baseline() <= bodyPitch * PARAGRAPH_PITCH;
            return full && next && !ENUMERATED.matcher(line.text()).find();
        }

        /**
         * Whether the line's first word is a figure that did not fit at the end of the line before, so
         * that the line before ends short of the margin by less than the figure's width: a figure is
         * never broken, a line of Chinese anywhere. The line starts at the left margin, as a paragraph's
         * next line does and its indented first line does not.
         */
        private boolean carriedOver(VisualLine before, VisualLine line) {
            Matcher figure = LEADING_FIGURE.matcher(line.text());
            if (!figure.find() || line.x() > leftMargin + line.size() * 0.5) {
                return false;
            }
            // Digits, separators and the character after them are at most about 0.6 em wide each in these fonts.
            double width = (figure.group().length() + 1) * line.size() * FIGURE_GLYPH_WIDTH;
            return rightMargin - before.end() < width;
        }

        /** Set smaller than the body text, or holding runs far apart: a row of a table. */
        private boolean isTabular(VisualLine line) {
            if (line.size() < bodySize * 0.9) {
                return true;
            }
            for (int i = 1; i < line.runs().size(); i++) {
                if (line.runs().get(i).x() - line.runs().get(i - 1).end() > bodySize * 1.5) {
                    return true;
                }
            }
            return false;
        }

        /** The page's runs grouped into visual lines, top to bottom, each left to right. */
        private List<VisualLine> lines(int page) {
            List<Run> runs = runs(pages.get(page));
            runs.sort(Comparator.comparingDouble(Run::baseline).thenComparingDouble(Run::x));
            List<VisualLine> lines = new ArrayList<>();
            List<Run> current = new ArrayList<>();
            for (Run run : runs) {
                if (!current.isEmpty() && Math.abs(run.baseline() - current.get(0).baseline()) > 0.3 * run.size()) {
                    lines.add(line(page, current));
                    current = new ArrayList<>();
                }
                current.add(run);
            }
            if (!current.isEmpty()) {
                lines.add(line(page, current));
            }
            return lines;
        }

        private static VisualLine line(int page, List<Run> runs) {
            List<Run> sorted = new ArrayList<>(runs);
            sorted.sort(Comparator.comparingDouble(Run::x));
            return new VisualLine(page, sorted);
        }

        /** Glyphs in content order joined into runs; blank runs dropped. */
        private static List<Run> runs(List<Glyph> glyphs) {
            List<Run> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            Glyph first = null;
            Glyph last = null;
            for (Glyph glyph : glyphs) {
                boolean joins = last != null && Math.abs(glyph.baseline - last.baseline) <= 0.3 * glyph.size
                        && glyph.x - last.end <= RUN_GAP * glyph.size && glyph.x - last.end >= -glyph.size;
                if (!joins && first != null) {
                    addRun(runs, run, first, last);
                    run.setLength(0);
                    first = null;
                }
                if (first == null) {
                    first = glyph;
                }
                run.append(glyph.text);
                last = glyph;
            }
            if (first != null) {
                addRun(runs, run, first, last);
            }
            return runs;
        }

        private static void addRun(List<Run> runs, StringBuilder run, Glyph first, Glyph last) {
            String content = run.toString().strip();
            if (!content.isEmpty()) {
                runs.add(new Run(content, first.x, last.end, first.baseline, first.size));
            }
        }

        /** One table: its columns from where its runs start, its cells from runs close below each other, its rows from cells side by side. */
        /**
         * The nearest border above the place that crosses it: the top of the cell the place is in
         * (a cell merged over several rows reaches up to the first of them, the borders between its
         * rows stop short of it); null where the page draws none.
         */
        private Double borderAbove(int page, double x, double y) {
            Double above = null;
            for (Rule rule : borders.get(page).rules()) {
                if (rule.y() <= y + 0.5 && rule.spans(x)) {
                    above = rule.y();
                }
            }
            return above;
        }

        /** Whether a border crosses the place between the two heights: the lines are of different cells. */
        private boolean borderBetween(int page, double x, double from, double to) {
            return borders.get(page).rules().stream().anyMatch(rule -> rule.y() > from && rule.y() < to && rule.spans(x));
        }

        /** The nearest vertical line right of the run at its height: the right border of its cell; null where none is drawn. */
        private Double borderRightOf(int page, Run run) {
            double middle = (run.top() + run.bottom()) / 2;
            for (Upright upright : borders.get(page).uprights()) {
                if (upright.x() > run.end() - COLUMN_TOLERANCE && upright.top() <= middle && middle <= upright.bottom()) {
                    return upright.x();
                }
            }
            return null;
        }

        private Block.Table table(List<VisualLine> lines) {
            List<Run> runs = lines.stream().flatMap(line -> line.runs().stream()).toList();
            List<Double> columns = columns(runs);
            // One grid per table: a table is its lines of small type (or far-apart runs) in a row, across pages.
            // Each column's runs, top to bottom (a page further down comes later).
            Map<Integer, List<Placed>> byColumn = new TreeMap<>();
            for (VisualLine line : lines) {
                for (Run run : line.runs()) {
                    byColumn.computeIfAbsent(column(columns, run.x()), k -> new ArrayList<>()).add(new Placed(line.page(), run));
                }
            }
            double right = lines.stream().mapToDouble(VisualLine::end).max().orElse(0);
            // Where the table's cells have borders, they say which lines make a cell and which cells a row;
            // without them, the places of the text have to.
            boolean bordered = lines.stream().allMatch(line -> line.runs().stream()
                    .allMatch(run -> borderAbove(line.page(), run.x(), run.top()) != null));
            List<TableCell> cells = new ArrayList<>();
            for (Map.Entry<Integer, List<Placed>> column : byColumn.entrySet()) {
                TableCell cell = null;
                for (Placed placed : column.getValue()) {
                    boolean sameCell = cell != null && cell.page == placed.page && (bordered
                            ? !borderBetween(placed.page, placed.run.x(), cell.lastBaseline(), placed.run.top())
                            : placed.run.baseline() - cell.lastBaseline() <= CELL_LINE_PITCH * placed.run.size()
                                    && wraps(cell.runs.get(cell.runs.size() - 1), placed.run, runs, columns, right));
                    if (sameCell) {
                        cell.runs.add(placed.run);
                    } else {
                        cell = new TableCell(placed.page, column.getKey(), new ArrayList<>(List.of(placed.run)));
                        cells.add(cell);
                    }
                }
            }
            List<List<TableCell>> rows = bordered ? rowsByBorders(cells) : rowsByPlace(cells);
            rows = joinRowsCutByPages(rows, runs, columns, right, bordered);
            return new Block.Table(rows.stream().map(Layout::row).toList(),
                    rows.stream().map(r -> "page " + (r.get(0).page + 1)).toList());
        }

        /** Cells that overlap vertically make one row. */
        private static List<List<TableCell>> rowsByPlace(List<TableCell> cells) {
            List<TableCell> sorted = new ArrayList<>(cells);
            sorted.sort(Comparator.comparingInt((TableCell c) -> c.page).thenComparingDouble(TableCell::top));
            List<List<TableCell>> rows = new ArrayList<>();
            List<TableCell> row = new ArrayList<>();
            double rowBottom = Double.NEGATIVE_INFINITY;
            int rowPage = -1;
            for (TableCell cell : sorted) {
                if (!row.isEmpty() && (cell.page != rowPage || cell.top() > rowBottom)) {
                    rows.add(row);
                    row = new ArrayList<>();
                    rowBottom = Double.NEGATIVE_INFINITY;
                }
                row.add(cell);
                rowPage = cell.page;
                rowBottom = Math.max(rowBottom, cell.bottom());
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
            return rows;
        }

        /**
         * Cells whose top border is the same line make one row. A cell merged over several rows
         * (its text centred in them, as Word and LibreOffice set it) belongs to the first, as a Word
         * table reads it: the rows below have it as an empty cell.
         */
        private List<List<TableCell>> rowsByBorders(List<TableCell> cells) {
            Map<Integer, TreeMap<Double, List<TableCell>>> byPage = new TreeMap<>();
            for (TableCell cell : cells) {
                double border = borderAbove(cell.page, cell.runs.get(0).x(), cell.top());
                TreeMap<Double, List<TableCell>> page = byPage.computeIfAbsent(cell.page, k -> new TreeMap<>());
                // A border drawn cell by cell may stand a fraction of a point apart from one cell to the next.
                Double near = page.floorKey(border + 1.0);
                double key = near != null && border - near <= 1.0 ? near : border;
                page.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
            }
            List<List<TableCell>> rows = new ArrayList<>();
            byPage.values().forEach(page -> rows.addAll(page.values()));
            return rows;
        }

        /**
         * A row that a page break cut in two: on the next page, the first row's cells stand only
         * in columns where the last row of the page before has a cell whose last line is full
         * (reaches the next column). Those are the rest of that row's cells.
         */
        private List<List<TableCell>> joinRowsCutByPages(List<List<TableCell>> rows, List<Run> runs, List<Double> columns,
                                                         double right, boolean bordered) {
            List<List<TableCell>> joined = new ArrayList<>();
            for (List<TableCell> row : rows) {
                List<TableCell> before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                // Only a row wholly on the page before can go on here: a row joined already has had its rest.
                if (before != null && before.stream().allMatch(cell -> cell.page + 1 == row.get(0).page)
                        && isRestOf(row, before, runs, columns, right, bordered)) {
                    List<TableCell> whole = new ArrayList<>(before);
                    whole.addAll(row);
                    joined.set(joined.size() - 1, whole);
                } else {
                    joined.add(row);
                }
            }
            return joined;
        }

        private boolean isRestOf(List<TableCell> row, List<TableCell> before, List<Run> runs, List<Double> columns,
                                 double right, boolean bordered) {
            for (TableCell cell : row) {
                TableCell above = before.stream().filter(b -> b.column == cell.column).findFirst().orElse(null);
                if (above == null) {
                    return false;
                }
                Run line = above.runs.get(above.runs.size() - 1);
                Double border = bordered ? borderRightOf(above.page, line) : null;
                // Where the cell's right border is drawn, it is where the line had to stop.
                boolean wrapped = border != null
                        ? line.end() + firstWordWidth(cell.runs.get(0)) > border - CELL_PADDING * line.size()
                        : wraps(line, cell.runs.get(0), runs, columns, right);
                if (!wrapped) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the line below goes on with the cell's line: its first word would not have fit
         * at the end of that line, before the next text to its right at its height, or the
         * table's right edge if there is none (a cell merged over the columns to its right reaches
         * as far). A line alone at its height is the first of the tallest cell of its row (the
         * others are centred against it): it reaches no further than the next column. Where the
         * word would have fit, the line was the cell's last and the line below is the next row's.
         */
        private static boolean wraps(Run line, Run below, List<Run> runs, List<Double> columns, double right) {
            double limit = right;
            boolean alone = true;
            for (Run other : runs) {
                boolean level = other != line && other.top() < line.bottom() && other.bottom() > line.top();
                if (level && other.x() > line.end() - COLUMN_TOLERANCE) {
                    limit = Math.min(limit, other.x());
                }
                alone &= !level;
            }
            if (alone) {
                for (double column : columns) {
                    if (column > line.x() + COLUMN_TOLERANCE) {
                        limit = Math.min(limit, column);
                        break;
                    }
                }
            }
            // A cell's text ends its right padding and the next cell's left padding before the next
            // cell's text starts: about a third of an em in the small type of tables.
            return line.end() + firstWordWidth(below) > limit - CELL_PADDING * line.size();
        }

        /** About how wide the run's first word is: a Chinese character, or a run of Latin letters, digits and their brackets. */
        private static double firstWordWidth(Run run) {
            String text = run.text();
            int start = 0;
            // An opening bracket never ends a line: it goes with the word after it.
            while (start + 1 < text.length() && "【（(《“‘〔［".indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            int end = start + 1;
            if (!isWide(text.codePointAt(start))) {
                while (end < text.length() && !isWide(text.codePointAt(end)) && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
            }
            // Nor does a line start with closing punctuation (、，。）…): the word before it moves down with it.
            while (end < text.length() && NO_LINE_START.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            return (run.end() - run.x()) * end / text.length();
        }

        private static boolean isWide(int codePoint) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.HAN || (codePoint >= 0x3000 && codePoint <= 0x303F)
                    || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
        }

        /** A row's cells by column: an empty cell for a column without text before the last one that has some. */
        private static List<Block.Cell> row(List<TableCell> row) {
            Map<Integer, TableCell> byColumn = new HashMap<>();
            row.forEach(cell -> byColumn.merge(cell.column, cell, (a, b) -> a.isAbove(b) ? a.with(b) : b.with(a)));
            int last = byColumn.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Block.Cell> cells = new ArrayList<>();
            for (int column = 0; column <= last; column++) {
                TableCell cell = byColumn.get(column);
                cells.add(new Block.Cell(cell == null ? "" : cell.text(), 1));
            }
            return cells;
        }

        /** The x positions the runs of a table start at, near ones taken as one. */
        private static List<Double> columns(List<Run> runs) {
            List<Double> starts = runs.stream().map(Run::x).sorted().toList();
            List<Double> columns = new ArrayList<>();
            for (double x : starts) {
                if (columns.isEmpty() || x - columns.get(columns.size() - 1) > COLUMN_TOLERANCE) {
                    columns.add(x);
                }
            }
            return columns;
        }

        private static int column(List<Double> columns, double x) {
            int column = 0;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) <= x + COLUMN_TOLERANCE) {
                    column = i;
                }
            }
            return column;
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }

        /**
         * The body text's size: the largest of the sizes running text is set in. Tables are often
         * set smaller and in long documents hold more glyphs than the prose; headings are larger
         * but few.
         */
        private static double bodySize(List<Double> sizes) {
            Map<Double, Integer> counts = new HashMap<>();
            sizes.forEach(v -> counts.merge(v, 1, Integer::sum));
            return counts.entrySet().stream().filter(e -> e.getValue() >= sizes.size() * RUNNING_SHARE)
                    .map(Map.Entry::getKey).max(Comparator.naturalOrder()).orElse(mostCommon(sizes));
        }

        private static double mostCommon(List<Double> values) {
            Map<Double, Integer> counts = new HashMap<>();
            values.forEach(v -> counts.merge(v, 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.<Double, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(12.0);
        }
    }

    private record Placed(int page, Run run) {
    }

    /** A cell as rebuilt: its runs, one per line of the cell, top to bottom. */
    private record TableCell(int page, int column, List<Run> runs) {

        double top() {
            return runs.get(0).top();
        }

        double bottom() {
            return runs.get(runs.size() - 1).bottom();
        }

        double lastBaseline() {
            return runs.get(runs.size() - 1).baseline();
        }

        boolean isAbove(TableCell other) {
            return page != other.page ? page < other.page : top() <= other.top();
        }

        TableCell with(TableCell below) {
            List<Run> all = new ArrayList<>(runs);
            all.addAll(below.runs);
            return new TableCell(page, column, all);
        }

        /**
         * The cell's text: its lines run together (the PDF broke them where the cell was full),
         * except where a line starts a numbered item, which the export keeps on a line of its own.
         */
        String text() {
            StringBuilder text = new StringBuilder();
            for (Run run : runs) {
                if (!text.isEmpty() && ENUMERATED.matcher(run.text()).find()) {
                    text.append('\n');
                }
                text.append(run.text());
            }
            return text.toString();
        }
    }
}
