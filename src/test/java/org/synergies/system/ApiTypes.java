package org.synergies.system;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * The Java types that the {@code /api/v1} endpoints read and answer, as OpenAPI names
 * them: springdoc names a schema by the class's simple name, so two classes with one
 * simple name are described by one schema (the first found wins).
 */
final class ApiTypes {

	private ApiTypes() {
	}

	static boolean isApi(RequestMappingInfo mapping, HandlerMethod handler) {
		return handler.getBeanType().isAnnotationPresent(RestController.class)
				&& mapping.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/v1"));
	}

	static Optional<MethodParameter> requestBody(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return Optional.of(parameter);
			}
		}
		return Optional.empty();
	}

	/**
	 * Schema names that stand for more than one class, with the classes, over the request
	 * bodies and answers of the given handlers and the types they contain.
	 */
	static Map<String, Set<String>> collisions(Collection<HandlerMethod> handlers) {
		Set<Class<?>> types = new LinkedHashSet<>();
		for (HandlerMethod handler : handlers) {
			requestBody(handler).ifPresent(body -> collect(body.getGenericParameterType(), types));
			collect(handler.getReturnType().getGenericParameterType(), types);
		}
		Map<String, Set<String>> byName = new TreeMap<>();
		types.forEach(type -> byName.computeIfAbsent(type.getSimpleName(), name -> new LinkedHashSet<>())
			.add(type.getName()));
		return byName.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	/** Classes that become named schemas: records and other beans, not JDK or enums. */
	private static void collect(Type type, Set<Class<?>> into) {
		if (type instanceof ParameterizedType parameterized) {
			collect(parameterized.getRawType(), into);
			for (Type argument : parameterized.getActualTypeArguments()) {
				collect(argument, into);
			}
		}
		else if (type instanceof WildcardType wildcard) {
			for (Type bound : wildcard.getUpperBounds()) {
				collect(bound, into);
			}
		}
		else if (type instanceof GenericArrayType array) {
			collect(array.getGenericComponentType(), into);
		}
		else if (type instanceof Class<?> type1) {
			if (type1.isArray()) {
				collect(type1.getComponentType(), into);
			}
			else if (isNamedSchema(type1) && into.add(type1) && type1.isRecord()) {
				for (RecordComponent component : type1.getRecordComponents()) {
					collect(component.getGenericType(), into);
				}
			}
		}
	}

	private static boolean isNamedSchema(Class<?> type) {
		return !type.isPrimitive() && !type.isEnum() && !type.getName().startsWith("java.")
				&& !HttpEntity.class.isAssignableFrom(type) && !List.class.isAssignableFrom(type)
				&& type.getName().startsWith("org.synergies.");
	}

}
