package vn.soat.web.security;

import jakarta.servlet.http.HttpServletRequest;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.jdbc.JdbcDaoImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what (docs/desk.md, "Access"). Units self-check anonymously; reviewers and admins sign
 * in with a form (session, CSRF on every form) or, on {@code /api/**}, with HTTP Basic. An API call
 * without credentials gets a 401 problem, never the sign-in page.
 */
@Configuration
public class SecurityConfig {

    static final String ADMIN = "ADMIN";
    static final String REVIEWER = "REVIEWER";

    @Bean
    SecurityFilterChain security(HttpSecurity http, ProblemResponses problems) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        // CSRF protects what a browser's session cookie could be tricked into doing; an API call that carries
        // its own credentials, or no session at all (so it is answered 401), has nothing to forge. A browser that
        // answered the Basic challenge (a CSV link opened after the session expired) sends those credentials by itself
        // with another site's form too: a request a browser marks as coming from elsewhere is asked for the token.
        RequestMatcher withCredentials = request -> request.getHeader("Authorization") != null && !fromAnotherSite(request);
        RequestMatcher apiWithoutSession = request -> api.matches(request) && request.getRequestedSessionId() == null
                && request.getHeader("Authorization") == null;
        String[] publicReads = {"/", "/checks/*", "/self-check/*", "/api/v1/checks/*", "/api/v1/rules", "/api/v1/profiles", "/rules",
            "/login", "/actuator/health", "/actuator/health/**", "/error", "/*.css", "/*.js", "/favicon.ico", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};
        http.authorizeHttpRequests(a -> a
                // anonymous self-checks: a result is reachable only by its random id and never listed
                .requestMatchers(HttpMethod.POST, "/api/v1/checks", "/checks", "/self-check/*").permitAll()
                // HEAD and OPTIONS say no more than GET does (a link checker, a proxy asking what a public address allows)
                .requestMatchers(HttpMethod.GET, publicReads).permitAll()
                .requestMatchers(HttpMethod.HEAD, publicReads).permitAll()
                .requestMatchers(HttpMethod.OPTIONS, publicReads).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/units").hasAnyRole(ADMIN, REVIEWER)
                .requestMatchers("/api/v1/units", "/api/v1/units/**", "/api/v1/users", "/api/v1/users/**", "/desk/admin/**")
                        .hasRole(ADMIN)
                .requestMatchers("/api/**", "/desk", "/desk/**").hasAnyRole(ADMIN, REVIEWER)
                .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/desk", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.ignoringRequestMatchers(withCredentials, apiWithoutSession,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/checks"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/checks"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/self-check/*")))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * Whether a browser says the request was started by another site: {@code Sec-Fetch-Site} (cross-site or
     * same-site), or, from a browser too old for it, an {@code Origin} that is not this server's. A client that is
     * not a browser (curl, a script) sends neither.
     */
    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String own = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        String ownWithDefaultPort = request.getScheme() + "://" + request.getServerName();
        return !origin.equalsIgnoreCase(own) && !origin.equalsIgnoreCase(ownWithDefaultPort);
    }

    /** Users are rows of the {@code users} table (Flyway V2); a role R is the authority ROLE_R. */
    @Bean
    UserDetailsService users(DataSource dataSource) {
        JdbcDaoImpl users = new JdbcDaoImpl();
        users.setDataSource(dataSource);
        users.setUsersByUsernameQuery("SELECT username, password_hash, enabled FROM users WHERE username = ?");
        users.setAuthoritiesByUsernameQuery("SELECT username, 'ROLE_' || role FROM users WHERE username = ?");
        return users;
    }

    /** BCrypt, stored with its {@code {bcrypt}} prefix so a later algorithm can be introduced beside it. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
