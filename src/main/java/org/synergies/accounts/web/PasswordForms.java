package org.synergies.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The forms that choose or recover a password.
 */
final class PasswordForms {

	private PasswordForms() {
	}

	/** Both typings of a new password must be the same; the error goes on the second. */
	static void checkConfirmation(@Nullable String password, @Nullable String confirmation, BindingResult result) {
		if (password != null && !password.equals(confirmation) && !result.hasFieldErrors("confirmation")) {
			result.rejectValue("confirmation", "password.mismatch");
		}
	}

	record ForgotForm(@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(
			max = 320, message = "{validation.too-long}") @Nullable String email) {
	}

	/**
	 * A new password typed twice, with the link's token. Its length is judged by the
	 * password policy, which counts characters rather than UTF-16 units.
	 */
	record NewPasswordForm(@Nullable String token,
			@NotBlank(message = "{validation.required}") @Nullable String password, @Nullable String confirmation) {

	}

	record ChangePasswordForm(@NotBlank(message = "{validation.required}") @Nullable String currentPassword,
			@NotBlank(message = "{validation.required}") @Nullable String password, @Nullable String confirmation) {

	}

}
