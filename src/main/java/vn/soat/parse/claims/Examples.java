package vn.soat.parse.claims;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a pattern must find and must not find, written beside it (as LanguageTool keeps
 * {@code <example>} beside each rule). {@code PatternExamplesTest} runs every one: a string of
 * {@link #matches} must contain a match, and when part of it is marked {@code «…»} that part is
 * exactly the first match; a string of {@link #rejects} must contain none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Examples {

    String[] matches();

    String[] rejects() default {};
}
