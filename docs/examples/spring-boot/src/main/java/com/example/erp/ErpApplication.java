package com.example.erp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The example ERP: complaint numbers (年月流水) and penalty settlement over PostgreSQL. */
@SpringBootApplication
@EnableScheduling
public class ErpApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ErpApplication.class, args);
  }
}
