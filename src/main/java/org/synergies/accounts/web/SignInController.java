package org.synergies.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.synergies.accounts.CurrentUser;

/**
 * The sign-in page; Spring Security processes the form it posts to {@code /login}.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn() {
		return CurrentUser.get().isPresent() ? "redirect:/" : "accounts/login";
	}

}
