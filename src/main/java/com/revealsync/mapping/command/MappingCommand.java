package com.revealsync.mapping.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mapping ...}: work with mapping profiles. */
@Command(name = "mapping", mixinStandardHelpOptions = true,
        description = "Work with mapping profiles (jobs/mapping/*.yml).",
        subcommands = {MappingValidateCommand.class, com.revealsync.testmapping.MappingActivateCommand.class,
                com.revealsync.testmapping.MappingActiveCommand.class})
public final class MappingCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
