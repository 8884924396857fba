package com.revealsync.cli;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/** Lets picocli build command objects as Spring beans, so commands get their collaborators injected. */
public final class SpringCommandFactory implements CommandLine.IFactory {

    private final ApplicationContext context;

    public SpringCommandFactory(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.isAnnotationPresent(CommandLine.Command.class)) {
            return context.getAutowireCapableBeanFactory().createBean(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
