/**
 * Entity stages: dateline and byline, agencies and other organizations with their hierarchy, places with kind
 * and containment from the gazetteer, persons with titles, dates.
 */
package io.newsfacts.extractor.entities;
