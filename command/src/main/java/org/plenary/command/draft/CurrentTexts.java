package org.plenary.command.draft;

import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Reads a draft's current text through Axon's repository (the command app keeps no read model): the aggregate comes
 * from the cache or its events, under its lock for the moment of the read. What is proposed on the strength of it is
 * still checked by the aggregate, which refuses operations on paragraphs changed since that version.
 */
@Component
public class CurrentTexts {

    private final Repository<DraftResolution> repository;

    public CurrentTexts(Configuration axonConfiguration) {
        this.repository = axonConfiguration.repository(DraftResolution.class);
    }

    /** The text and version of the draft; {@link org.axonframework.modelling.command.AggregateNotFoundException}
     *  when there is none. */
    public DraftResolution.CurrentText of(String draftId) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            DraftResolution.CurrentText text = repository.load(draftId).invoke(DraftResolution::currentText);
            unitOfWork.commit();
            return text;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }
}
