package org.aftersales.core.archfixture.bad;

import java.sql.Connection;

/** Bad: core code that talks to a database. */
public class UsesJdbc {
  Connection connection;
}
