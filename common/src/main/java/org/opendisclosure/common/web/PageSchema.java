package org.opendisclosure.common.web;

import java.util.List;

/**
 * The shape of a {@link Page} of some item type for the OpenAPI document, which an annotation
 * cannot name as {@code Page<ProjectView>}: a list's page schema is an empty subclass naming the
 * item type, {@code @Schema(name = "ProjectPage", description = PageSchema.DESCRIPTION) class
 * ProjectPage extends PageSchema<ProjectView> {}}, and the scanner reads these fields with the
 * item type put in. Never instantiated; the fields are Page's components, one for one, so that a
 * change to Page is made here once for every list.
 */
public abstract class PageSchema<T> {

    public static final String DESCRIPTION = "One page of the list: items, page (from 1), size, totalItems, totalPages";

    private List<T> items;
    private int page;
    private int size;
    private long totalItems;
    private long totalPages;
}
