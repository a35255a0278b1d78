package io.srconnector.config;

import io.srconnector.sync.SyncSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Properties;

/**
 * The Quartz scheduler behind the camel-quartz routes ({@code routes/sync/schedules.camel.yaml}). Spring Boot's
 * Quartz auto-configuration creates the scheduler and camel-quartz autowires it (the only {@code Scheduler} bean).
 * With {@code connector.sync.quartz-clustered} (default) this customizer puts it on a clustered JDBC job store in
 * the application's PostgreSQL DataSource — the {@code qrtz_} tables of Flyway migration V50 — so every replica
 * shares the triggers: each fire time fires on exactly one replica, and the triggers of a replica that stops checking
 * in are recovered by another. Switched off, each replica keeps an in-memory scheduler (the queue in
 * {@code sync_runs} still yields one run per fire time).
 */
@Configuration
public class QuartzClusterConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(QuartzClusterConfiguration.class);

    /** Applies the clustered JDBC job store to Spring Boot's {@code SchedulerFactoryBean} when switched on. */
    @Bean
    public SchedulerFactoryBeanCustomizer clusteredQuartzJobStore(SyncSettings sync, QuartzProperties quartz,
                                                                  DataSource dataSource,
                                                                  ObjectProvider<PlatformTransactionManager> tx) {
        return factory -> {
            if (!sync.isQuartzClustered()) {
                LOG.info("Quartz schedules: in-memory scheduler on this node (connector.sync.quartz-clustered=false)");
                return;
            }
            factory.setDataSource(dataSource);
            tx.ifAvailable(factory::setTransactionManager);
            factory.setQuartzProperties(clusteredProperties(quartz.getProperties(), sync));
            LOG.info("Quartz schedules: clustered JDBC job store in PostgreSQL (qrtz_ tables, check-in every {} ms)",
                    sync.getQuartzCheckinInterval().toMillis());
        };
    }

    /**
     * Puts this node's scheduler in standby as soon as the application starts closing, before Camel stops the quartz
     * routes: a clustered trigger this node acquired after its route consumer stopped would be "fired" into no route
     * and lost for the whole cluster; in standby the node acquires nothing, and the other replicas fire the triggers.
     */
    @EventListener(ContextClosedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void standbyOnClose(ContextClosedEvent event) {
        for (Scheduler scheduler : event.getApplicationContext().getBeanProvider(Scheduler.class)) {
            try {
                if (scheduler.isStarted() && !scheduler.isShutdown()) {
                    scheduler.standby();
                    LOG.info("Quartz scheduler {} in standby: this node fires no more schedules",
                            scheduler.getSchedulerName());
                }
            } catch (SchedulerException e) {
                LOG.warn("Could not put the Quartz scheduler in standby: {}", e.getMessage());
            }
        }
    }

    /**
     * Quartz properties of the clustered job store: the operator's {@code spring.quartz.properties} with the cluster
     * settings on top. The job store class itself is Spring's (a DataSource is set), so it is not named here.
     */
    static Properties clusteredProperties(Map<String, String> base, SyncSettings sync) {
        Properties p = new Properties();
        p.putAll(base);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                Long.toString(sync.getQuartzCheckinInterval().toMillis()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(sync.getQuartzMisfireThreshold().toMillis()));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return p;
    }
}
