package io.newsfacts.extractor.model;

/** Subtypes: AGENCY/COMPANY/OTHER for organizations; CITY/PROVINCE/COUNTRY/REGION/OTHER for places. */
public enum EntitySubtype { AGENCY, COMPANY, CITY, PROVINCE, COUNTRY, REGION, OTHER }
