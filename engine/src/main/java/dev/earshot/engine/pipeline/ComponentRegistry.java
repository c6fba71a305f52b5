package dev.earshot.engine.pipeline;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The components a deployment can run, by id. Built once at start; a duplicate id fails the build. */
public final class ComponentRegistry {

    private final Map<String, Component<?>> components;

    private ComponentRegistry(Map<String, Component<?>> components) {
        this.components = Collections.unmodifiableMap(components);
    }

    /** A registry of {@code components}, refusing two with one id. */
    public static ComponentRegistry of(Collection<? extends Component<?>> components) {
        Map<String, Component<?>> byId = new LinkedHashMap<>();
        for (Component<?> component : components) {
            Component<?> earlier = byId.putIfAbsent(component.id(), component);
            if (earlier != null) {
                throw new IllegalStateException("component id '" + component.id() + "' is registered twice: by "
                        + earlier.getClass().getName() + " and by " + component.getClass().getName());
            }
        }
        return new ComponentRegistry(byId);
    }

    public Optional<Component<?>> find(String id) {
        return Optional.ofNullable(components.get(id));
    }

    /** True for a registered id and for a canonical id of the catalog. */
    public boolean knows(String id) {
        return components.containsKey(id) || ComponentCatalog.ids().contains(id);
    }

    /** Every id a plan may name: the catalog's, then the other registered ones, in registration order. */
    public Set<String> knownIds() {
        Set<String> known = new LinkedHashSet<>(ComponentCatalog.ids());
        known.addAll(components.keySet());
        return known;
    }

    /** Registered ids, in registration order. */
    public Collection<String> ids() {
        return components.keySet();
    }
}
