package org.vangnet.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements and commits the application runs, whichever way it reaches the database
 * (JPA, JdbcTemplate, Flyway): a test imports {@link Config}, reads the counts before and after what
 * it measures. Without a library: a proxy around each connection and each statement it hands out.
 * Counts are per thread, so what a test measures on its own thread (a browserless view test runs
 * the UI there) is not blurred by background work such as the database health check.
 */
public final class StatementCounter {

    private final ThreadLocal<AtomicLong> statements = ThreadLocal.withInitial(AtomicLong::new);
    private final ThreadLocal<AtomicLong> commits = ThreadLocal.withInitial(AtomicLong::new);

    /** The statements run so far on the calling thread. */
    public long statements() {
        return statements.get().get();
    }

    /** The commits made so far on the calling thread. */
    public long commits() {
        return commits.get().get();
    }

    DataSource wrap(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private Connection connection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        commits.get().incrementAndGet();
                    }
                    Object result = invoke(connection, method, args);
                    return result instanceof Statement s ? statement(s) : result;
                });
    }

    private Statement statement(Statement statement) {
        var interfaces = statement instanceof java.sql.CallableStatement
                ? new Class<?>[] {java.sql.CallableStatement.class}
                : statement instanceof java.sql.PreparedStatement
                ? new Class<?>[] {java.sql.PreparedStatement.class}
                : new Class<?>[] {Statement.class};
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                statements.get().incrementAndGet();
            }
            return invoke(statement, method, args);
        };
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Wraps the application's data source. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource ds ? counter.getObject().wrap(ds) : bean;
                }
            };
        }
    }
}
