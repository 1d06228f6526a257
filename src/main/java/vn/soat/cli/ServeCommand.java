package vn.soat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;
import vn.soat.check.CheckPipeline;
import vn.soat.rulesdir.RuleLoadException;
import vn.soat.web.SoatWebApplication;

/**
 * {@code soat serve}: the web service. The rules start compiling before Spring does, on their own
 * thread; a rule that does not compile stops the service with its file and line (exit 2).
 */
@Command(name = "serve", description = "Chạy dịch vụ web (trang tải tệp và REST API), mặc định ở cổng 8080.",
        footer = "%nCác tham số khác được chuyển cho dịch vụ, ví dụ: --server.port=9090 --spring.datasource.url=jdbc:h2:file:./data/soat")
final class ServeCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    HelpOption help;

    @ParentCommand
    SoatCommand parent;

    /** Passed to Spring, e.g. --server.port=9090 or --spring.datasource.url=… */
    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>(parent.settingArguments);
        arguments.addAll(springArguments);
        if (parent.rulesDir != null) {
            arguments.removeIf(a -> a.startsWith("--soat.rules-dir="));
            arguments.add("--soat.rules-dir=" + parent.rulesDir);
        }
        ServeGuard guard = ServeGuard.before(arguments);
        CheckPipeline pipeline = parent.pipeline();
        SpringApplication application = new SpringApplication(SoatWebApplication.class);
        // With -Dspring.aot.enabled=true (bin/soat) Spring takes the bean definitions generated for this class when
        // the jar was built (pom.xml, process-aot) instead of reading the configuration classes at every start.
        application.setMainApplicationClass(SoatWebApplication.class);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("checkPipeline", pipeline));
        ConfigurableApplicationContext context;
        try {
            context = application.run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            guard.startFailed();
            throw new UsageError("không khởi động được dịch vụ: " + rootMessage(e));
        }
        try {
            pipeline.rules();
        } catch (RuleLoadException e) {
            context.close();
            guard.startFailed();
            throw e;
        }
        return waitUntilStopped(context);
    }

    private static int waitUntilStopped(ConfigurableApplicationContext context) {
        while (context.isActive()) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return 0;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
