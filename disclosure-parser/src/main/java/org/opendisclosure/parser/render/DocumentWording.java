package org.opendisclosure.parser.render;

import java.util.List;

/**
 * How one document of the corpus words what it publishes: one choice for each way the documents of
 * the family are seen to differ. Every choice must read to the same structured disclosure.
 */
public record DocumentWording(
        Heading heading,
        boolean shortTitles,
        Numbering sections,
        TitleLine title,
        Numbering duties,
        Basis basis,
        Amounts amounts,
        Zeros zeros,
        Decrease decrease,
        int noneWording,
        ThreePublicNames threePublicNames,
        ThreePublicColumns threePublicColumns,
        boolean totalFirst,
        Purchases purchases,
        Numbering glossary,
        boolean mergedIndicators,
        int proseWording) {

    /**
     * The wordings of the corpus the parser's tests read (each with its document's name): between
     * them every choice is made at least once, so documents rendered in turn in each are as varied
     * as the family.
     */
    public static final List<DocumentWording> CORPUS = List.of(
            // 01-reference-wording
            new DocumentWording(Heading.FULL_WIDTH_COLON, false, Numbering.CHINESE, TitleLine.YEAR_INFORMATION,
                    Numbering.BRACKETED, Basis.ACCORDING, Amounts.PLAIN, Zeros.PLAIN, Decrease.DECREASE, 0,
                    ThreePublicNames.REFERENCE, ThreePublicColumns.REFERENCE, false, Purchases.SENTENCE, Numbering.ARABIC, true,
                    0),
            // 02-grouped-short-titles
            new DocumentWording(Heading.ASCII_COLON, true, Numbering.BRACKETED, TitleLine.YEAR_PUBLIC, Numbering.ARABIC,
                    Basis.PURSUANT, Amounts.GROUPED, Zeros.DECIMALS, Decrease.DECLINE, 1, ThreePublicNames.FEES,
                    ThreePublicColumns.SHORT, true, Purchases.SENTENCE, Numbering.BRACKETED, false, 1),
            // 03-no-year-full-width-signed
            new DocumentWording(Heading.SPACE, false, Numbering.ARABIC, TitleLine.NO_YEAR, Numbering.DOT, Basis.BASED_ON,
                    Amounts.FULL_WIDTH, Zeros.DASH, Decrease.SIGNED, 2, ThreePublicNames.OUTBOUND_BRACKETED,
                    ThreePublicColumns.YEARS, false, Purchases.TABLE, Numbering.NONE, true, 0),
            // 04-unit-in-yuan-parts-empty
            new DocumentWording(Heading.NOTHING, true, Numbering.CHINESE, TitleLine.UNIT_YEAR, Numbering.BRACKETED, Basis.NONE,
                    Amounts.YUAN, Zeros.PLAIN, Decrease.DECREASE, 0, ThreePublicNames.REFERENCE, ThreePublicColumns.REFERENCE,
                    false, Purchases.SENTENCE, Numbering.ARABIC, false, 1),
            // 05-numbered-parts-one-vehicle-row
            new DocumentWording(Heading.NUMBERED, false, Numbering.BRACKETED, TitleLine.ONE_LINE, Numbering.ARABIC,
                    Basis.ACCORDING, Amounts.PLAIN, Zeros.DASH, Decrease.DECLINE, 3, ThreePublicNames.FEES,
                    ThreePublicColumns.REFERENCE, false, Purchases.SENTENCE, Numbering.ARABIC, true, 1),
            // 06-unit-no-year-purchase-table
            new DocumentWording(Heading.FULL_WIDTH_COLON, true, Numbering.ARABIC, TitleLine.UNIT_NO_YEAR, Numbering.DOT,
                    Basis.PURSUANT, Amounts.GROUPED, Zeros.PLAIN, Decrease.SIGNED, 1, ThreePublicNames.REFERENCE,
                    ThreePublicColumns.YEARS, true, Purchases.TABLE, Numbering.BRACKETED, false, 0),
            // 07-numbered-parts-in-yuan
            new DocumentWording(Heading.NUMBERED, true, Numbering.CHINESE, TitleLine.YEAR_INFORMATION, Numbering.BRACKETED,
                    Basis.ACCORDING, Amounts.YUAN, Zeros.DECIMALS, Decrease.DECREASE, 0, ThreePublicNames.FEES,
                    ThreePublicColumns.SHORT, false, Purchases.SENTENCE, Numbering.NONE, true, 1),
            // 08-empty-parts-full-width
            new DocumentWording(Heading.ASCII_COLON, false, Numbering.ARABIC, TitleLine.NO_YEAR, Numbering.ARABIC,
                    Basis.BASED_ON, Amounts.FULL_WIDTH, Zeros.DECIMALS, Decrease.DECLINE, 1, ThreePublicNames.FEES,
                    ThreePublicColumns.SHORT, false, Purchases.SENTENCE, Numbering.BRACKETED, true, 0),
            // 09-yuan-dash-purchase-table
            new DocumentWording(Heading.SPACE, true, Numbering.CHINESE, TitleLine.YEAR_PUBLIC, Numbering.DOT, Basis.NONE,
                    Amounts.YUAN, Zeros.DASH, Decrease.SIGNED, 2, ThreePublicNames.OUTBOUND_BRACKETED, ThreePublicColumns.SHORT,
                    true, Purchases.TABLE, Numbering.ARABIC, false, 0),
            // 10-unit-title-fees-rows
            new DocumentWording(Heading.NOTHING, false, Numbering.BRACKETED, TitleLine.UNIT_YEAR, Numbering.ARABIC,
                    Basis.BASED_ON, Amounts.FULL_WIDTH, Zeros.PLAIN, Decrease.DECREASE, 3, ThreePublicNames.FEES,
                    ThreePublicColumns.YEARS, false, Purchases.SENTENCE, Numbering.BRACKETED, true, 1),
            // 11-numbered-parts-decimals
            new DocumentWording(Heading.NUMBERED, false, Numbering.ARABIC, TitleLine.YEAR_PUBLIC, Numbering.BRACKETED,
                    Basis.ACCORDING, Amounts.PLAIN, Zeros.DECIMALS, Decrease.DECLINE, 2, ThreePublicNames.OUTBOUND_BRACKETED,
                    ThreePublicColumns.REFERENCE, true, Purchases.SENTENCE, Numbering.NONE, false, 1),
            // 12-empty-parts-one-line-title
            new DocumentWording(Heading.FULL_WIDTH_COLON, false, Numbering.BRACKETED, TitleLine.ONE_LINE, Numbering.DOT,
                    Basis.PURSUANT, Amounts.GROUPED, Zeros.DASH, Decrease.SIGNED, 3, ThreePublicNames.REFERENCE,
                    ThreePublicColumns.YEARS, false, Purchases.SENTENCE, Numbering.ARABIC, true, 0),
            // 13-unit-no-year-grouped
            new DocumentWording(Heading.ASCII_COLON, true, Numbering.BRACKETED, TitleLine.UNIT_NO_YEAR, Numbering.ARABIC,
                    Basis.NONE, Amounts.GROUPED, Zeros.PLAIN, Decrease.DECREASE, 1, ThreePublicNames.REFERENCE,
                    ThreePublicColumns.SHORT, false, Purchases.TABLE, Numbering.ARABIC, true, 0),
            // 14-no-year-full-width-one-vehicle-row
            new DocumentWording(Heading.FULL_WIDTH_COLON, false, Numbering.ARABIC, TitleLine.NO_YEAR, Numbering.BRACKETED,
                    Basis.BASED_ON, Amounts.FULL_WIDTH, Zeros.DECIMALS, Decrease.DECREASE, 0, ThreePublicNames.REFERENCE,
                    ThreePublicColumns.YEARS, true, Purchases.SENTENCE, Numbering.NONE, true, 0),
            // 15-yuan-dash-dot-duties
            new DocumentWording(Heading.SPACE, false, Numbering.BRACKETED, TitleLine.YEAR_INFORMATION, Numbering.DOT,
                    Basis.ACCORDING, Amounts.YUAN, Zeros.DASH, Decrease.DECLINE, 3, ThreePublicNames.FEES,
                    ThreePublicColumns.REFERENCE, false, Purchases.SENTENCE, Numbering.ARABIC, true, 1),
            // 16-numbered-parts-empty-short
            new DocumentWording(Heading.NUMBERED, true, Numbering.ARABIC, TitleLine.YEAR_PUBLIC, Numbering.ARABIC,
                    Basis.ACCORDING, Amounts.PLAIN, Zeros.DECIMALS, Decrease.DECLINE, 2, ThreePublicNames.FEES,
                    ThreePublicColumns.SHORT, true, Purchases.SENTENCE, Numbering.BRACKETED, false, 1));

    /** The part headings: 第一部分：…, 第一部分:…, 第一部分 …, 第一部分…, or 一、… without 第…部分. */
    public enum Heading { FULL_WIDTH_COLON, ASCII_COLON, SPACE, NOTHING, NUMBERED }

    /** 一、, （一）, 1、 or 1.; NONE (the glossary only): entries without numbers. */
    public enum Numbering { CHINESE, BRACKETED, ARABIC, DOT, NONE }

    /** The title line under (or with) the department's name. */
    public enum TitleLine { YEAR_INFORMATION, YEAR_PUBLIC, NO_YEAR, UNIT_YEAR, UNIT_NO_YEAR, ONE_LINE }

    /** The sentence introducing the duties, or none. */
    public enum Basis { ACCORDING, PURSUANT, BASED_ON, NONE }

    /** 8529.41, 8,529.41, ８５２９．４１, or 85,294,100.00元 (prose and tables in 元; planned purchases stay in 万元). */
    public enum Amounts { PLAIN, GROUPED, FULL_WIDTH, YUAN }

    /** 0 as 0, 0.00, or — where a table's empty budget cell means nothing budgeted. */
    public enum Zeros { PLAIN, DECIMALS, DASH }

    /** A negative change as 减少, 下降 or 增减-N. */
    public enum Decrease { DECREASE, DECLINE, SIGNED }

    /** Row names of the “三公” table. */
    public enum ThreePublicNames { REFERENCE, FEES, OUTBOUND_BRACKETED }

    /** Column headings of the “三公” table. */
    public enum ThreePublicColumns { REFERENCE, SHORT, YEARS }

    /** How the planned purchases are stated when there are some: in a sentence, or as a table. */
    public enum Purchases { SENTENCE, TABLE }
}
