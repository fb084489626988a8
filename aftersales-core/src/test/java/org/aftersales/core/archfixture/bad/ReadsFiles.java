package org.aftersales.core.archfixture.bad;

import java.io.File;

/** Bad: core code that reads files. */
public class ReadsFiles {
  boolean exists() {
    return new File("holidays.txt").exists();
  }
}
