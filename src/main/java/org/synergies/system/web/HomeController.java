package org.synergies.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door: what Synergies is, for whom, and where each kind of user starts.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
