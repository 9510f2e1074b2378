package io.newsfacts.extractor.model;

/** Entity types of the output contract. */
public enum EntityType { PERSON, ORGANIZATION, PLACE, DATE }
