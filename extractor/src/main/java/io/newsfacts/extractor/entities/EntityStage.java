package io.newsfacts.extractor.entities;

import io.newsfacts.extractor.model.Entity;
import io.newsfacts.extractor.nlp.Parse;
import io.newsfacts.extractor.time.ArticleDate;
import java.util.List;

/** placeholder */
public final class EntityStage {
    public EntityStage(Gazetteer g) { }
    public List<Entity> find(Parse parse, DatelineStage.Result dateline, ArticleDate date) { return List.of(); }
}
