package org.aftersales.testkit.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.MessageBundle;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Jakarta validators for tests: Hibernate Validator with its {@link ParameterMessageInterpolator},
 * which evaluates no expression language (the library renders its own messages; see
 * {@link CommandValidator}), so tests need no EL implementation on the class path.
 */
public final class TestValidators {

  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();

  private TestValidators() {}

  /**
   * A shared, thread-safe Jakarta validator without expression language.
   *
   * @return the validator
   */
  public static Validator validator() {
    return FACTORY.getValidator();
  }

  /**
   * A command validator over {@link #validator()} that knows the given bundles' message keys.
   *
   * @param extraBundles bundles besides core's whose keys constraints may name
   * @return the command validator
   */
  public static CommandValidator commandValidator(MessageBundle... extraBundles) {
    return new CommandValidator(validator(), extraBundles);
  }
}
