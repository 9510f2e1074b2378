package io.newsfacts.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way: cli -> indexer -> extractor. The extractor knows nothing of Lucene or picocli, the indexer
 * nothing of CoreNLP, OpenNLP or picocli, and CoreNLP types stay inside the extractor's nlp adapter. Checked here
 * because cli is the one module whose test classpath holds all three.
 */
@AnalyzeClasses(packages = "io.newsfacts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule extractorKnowsNoIndexNoCli = noClasses()
            .that().resideInAPackage("io.newsfacts.extractor..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "picocli..",
                    "io.newsfacts.indexer..", "io.newsfacts.cli..");

    @ArchTest
    static final ArchRule indexerKnowsNoNlpNoCli = noClasses()
            .that().resideInAPackage("io.newsfacts.indexer..")
            .should().dependOnClassesThat().resideInAnyPackage("edu.stanford..", "opennlp..", "picocli..",
                    "io.newsfacts.cli..");

    @ArchTest
    static final ArchRule coreNlpStaysInTheNlpAdapter = noClasses()
            .that().resideOutsideOfPackage("io.newsfacts.extractor.nlp..")
            .should().dependOnClassesThat().resideInAPackage("edu.stanford..");

    @ArchTest
    static final ArchRule cliUsesNoLuceneAndNoNlp = noClasses()
            .that().resideInAPackage("io.newsfacts.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "edu.stanford..",
                    "opennlp..");
}
