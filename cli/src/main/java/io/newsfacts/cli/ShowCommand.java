package io.newsfacts.cli;

import io.newsfacts.indexer.FactIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show}: prints an indexed article's JSON line, as extract wrote it. */
@Command(name = "show", description = "Prints the stored JSON line (the extract output) of one indexed article.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexLocation index;

    @Parameters(paramLabel = "ID", description = "The article id, e.g. mps-2020-10-26 or a/b for a/b.txt.")
    String id;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> json;
        try (FactIndex facts = FactIndex.openReadOnly(index.config())) {
            json = facts.articleJson(id);
        }
        if (json.isEmpty()) {
            err.println("newsfacts: no article with id '" + id + "' in " + index.directory);
            return Newsfacts.FAILED;
        }
        spec.commandLine().getOut().println(json.get());
        return Newsfacts.OK;
    }
}
