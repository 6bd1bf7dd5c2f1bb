package org.plenary.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

import java.util.List;

/**
 * One handler lookup per request instead of two. When Spring MVC is present, Spring Security (6.5,
 * {@code WebMvcSecurityConfiguration}) wraps its filter chain in a filter of Spring MVC's
 * {@code HandlerMappingIntrospector} that finds the request's handler before the chain runs, and caches it for
 * request matchers that ask Spring MVC which handler a request goes to ({@code MvcRequestMatcher}) and for CORS
 * configured through Spring Security. Plenary uses neither: its request rules match path patterns
 * ({@code PathPatternRequestMatcher}, see {@link BearerSecurity}) and CORS is a servlet filter of its own. The cache
 * was a second full lookup on every request — every mapping's method, content-type and accept conditions, then its
 * path — 7 % of the command path's request threads in a profile (docs/BENCHMARKS.md, fourth session). This puts
 * the chain Spring Security built back in place of the wrapper.
 *
 * <p>The wrapper is recognised by its class name and the shape of its definition (a list of the cache filter and the
 * chain); anything else is left alone with a warning, so an upgrade that changes them costs the lookup again, never
 * a filter. {@code SingleHandlerLookupTest} fails when that happens.
 */
final class SingleHandlerLookup implements BeanFactoryPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(SingleHandlerLookup.class);

    static final String CHAIN = "springSecurityFilterChain";
    static final String WRAPPER = "org.springframework.security.config.annotation.web.configuration."
            + "WebMvcSecurityConfiguration$CompositeFilterChainProxy";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition chain = registry.getBeanDefinition(CHAIN);
        if (!WRAPPER.equals(chain.getBeanClassName())) {
            return;
        }
        ConstructorArgumentValues.ValueHolder filters = chain.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        if (filters != null && filters.getValue() instanceof List<?> list && list.size() == 2
                && list.get(1) instanceof BeanDefinition built) {
            registry.removeBeanDefinition(CHAIN);
            registry.registerBeanDefinition(CHAIN, built);
        } else {
            log.warn("Spring Security's filter chain is wrapped in a form this version does not know: each request's "
                    + "handler is looked up twice");
        }
    }
}
