package org.synergies;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Synergies: the partnerships platform of the CMS Family secretariats.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class SynergiesApplication {

	public static void main(String[] args) {
		SpringApplication.run(SynergiesApplication.class, args);
	}

}
