package vn.soat.web.security;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sign-in page, and who is signed in for every page's header (empty for a visitor). */
@Controller
@ControllerAdvice
class SignIn {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @ModelAttribute("signedIn")
    String signedIn(Principal principal) {
        return principal == null ? "" : principal.getName();
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(Principal principal) {
        return principal instanceof Authentication auth
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + SecurityConfig.ADMIN));
    }
}
