package org.synergies.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements that HTTP requests prepare, by wrapping the DataSource.
 * Background jobs (the mail dispatcher) run on other threads and are not counted.
 */
class StatementCounter implements BeanPostProcessor {

	static final AtomicLong statements = new AtomicLong();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (target, method, arguments) -> {
				Object result = invoke(target, method, arguments);
				return result instanceof Connection connection ? counting(connection) : result;
			});
		}
		return bean;
	}

	private static Connection counting(Connection connection) {
		return proxy(Connection.class, connection, (target, method, arguments) -> {
			boolean statement = method.getName().equals("prepareStatement")
					|| method.getName().equals("createStatement") || method.getName().equals("prepareCall");
			if (statement && Thread.currentThread().getName().startsWith("http-")) {
				statements.incrementAndGet();
			}
			return invoke(target, method, arguments);
		});
	}

	private interface Handler<T> {

		Object handle(T target, Method method, Object[] arguments) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, arguments) -> handler.handle(target, method, arguments);
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException exception) {
			throw exception.getCause();
		}
	}

}
