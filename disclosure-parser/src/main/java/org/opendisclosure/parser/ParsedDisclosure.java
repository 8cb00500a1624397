package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A disclosure read from its text: who published it, for which year, and the whole-disclosure
 * document (the gateway's body: organization, summary, operatingExpenses, threePublicExpenses,
 * performance, procurement, assets, glossary, otherNotes).
 *
 * @param departmentName the department as the title names it, e.g. 中共阜平县委组织部
 * @param departmentCode the department's code, e.g. 203; null when the document gives none
 * @param divisionName   the administrative division the name starts with, e.g. 阜平县; null when it names none
 * @param fiscalYear     the year of the title, e.g. 2020
 * @param document       the structured disclosure, every figure exactly as published
 */
public record ParsedDisclosure(String departmentName, String departmentCode, String divisionName, int fiscalYear,
                               ObjectNode document) {
}
