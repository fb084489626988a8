/**
 * An adopter's application on the module path: it requires the testkit (which brings core and
 * rules) for its in-memory adapters and Hibernate Validator for the production wiring, and nothing
 * else; it is compiled and run without --add-modules, --add-reads or --add-opens.
 */
module com.example.erp {
  requires org.aftersales.testkit;
  requires org.hibernate.validator;
}
