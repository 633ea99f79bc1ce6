package com.salesworkbench.forecast.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.ForecastService;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The model whiteboard: every ForecastModel service, as it comes and goes, feeds one engine. */
@Component(service = ForecastService.class)
public class EngineComponent implements ForecastService {

    private final List<ForecastModel> models = new CopyOnWriteArrayList<>();
    private volatile ForecastEngine engine;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModel(ForecastModel model) {
        models.add(model);
    }

    void removeModel(ForecastModel model) {
        models.remove(model);
    }

    @Activate
    void activate() {
        engine = new ForecastEngine(() -> models.stream().sorted(Comparator.comparing(ForecastModel::id)).toList(), 0);
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    @Override
    public ForecastEngine engine() {
        return engine;
    }
}
