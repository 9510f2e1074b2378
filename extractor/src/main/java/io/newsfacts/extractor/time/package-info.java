/** Time: the article's date and time expressions normalised to ISO relative to it (an unknown year is XXXX). */
package io.newsfacts.extractor.time;
