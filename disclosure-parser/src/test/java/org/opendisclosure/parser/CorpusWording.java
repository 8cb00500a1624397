package org.opendisclosure.parser;

/**
 * How one document of the corpus words what it publishes: one choice for each way the documents of
 * the family are seen to differ. Every choice must read to the same structured disclosure.
 */
record CorpusWording(
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

    /** The part headings: 第一部分：…, 第一部分:…, 第一部分 …, 第一部分…, or 一、… without 第…部分. */
    enum Heading { FULL_WIDTH_COLON, ASCII_COLON, SPACE, NOTHING, NUMBERED }

    /** 一、, （一）, 1、 or 1.; NONE (the glossary only): entries without numbers. */
    enum Numbering { CHINESE, BRACKETED, ARABIC, DOT, NONE }

    /** The title line under (or with) the department's name. */
    enum TitleLine { YEAR_INFORMATION, YEAR_PUBLIC, NO_YEAR, UNIT_YEAR, UNIT_NO_YEAR, ONE_LINE }

    /** The sentence introducing the duties, or none. */
    enum Basis { ACCORDING, PURSUANT, BASED_ON, NONE }

    /** 8529.41, 8,529.41, ８５２９．４１, or 85,294,100.00元 (prose and tables in 元; planned purchases stay in 万元). */
    enum Amounts { PLAIN, GROUPED, FULL_WIDTH, YUAN }

    /** 0 as 0, 0.00, or — where a table's empty budget cell means nothing budgeted. */
    enum Zeros { PLAIN, DECIMALS, DASH }

    /** A negative change as 减少, 下降 or 增减-N. */
    enum Decrease { DECREASE, DECLINE, SIGNED }

    /** Row names of the “三公” table. */
    enum ThreePublicNames { REFERENCE, FEES, OUTBOUND_BRACKETED }

    /** Column headings of the “三公” table. */
    enum ThreePublicColumns { REFERENCE, SHORT, YEARS }

    /** How the planned purchases are stated when there are some: in a sentence, or as a table. */
    enum Purchases { SENTENCE, TABLE }
}
