package io.newsfacts.extractor.model;

/** What a figure measures. */
public enum FigureKind { COUNT, PERCENT, MONEY, QUANTITY, DURATION }
