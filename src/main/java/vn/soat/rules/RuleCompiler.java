package vn.soat.rules;

import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import vn.soat.rulesdir.RuleFiles;
import vn.soat.rulesdir.RuleLoadException;

/**
 * Compiles DRL files. {@link #executableModel} turns them into Drools' executable model: the rules as Java classes,
 * zipped (a kjar), which {@link CompiledRules} loads later without compiling anything. It costs several times a
 * plain DRL compilation, so it is done at build time for the shipped rules and once per content for an edited
 * directory. Errors are reported with the file and line of the DRL, as the classic compiler words them.
 */
final class RuleCompiler {

    private static final String KIE_ROOT = "src/main/resources/";

    private RuleCompiler() {
    }

    /** The kjar of the rules; {@link RuleLoadException} naming file and line when they do not compile. */
    static byte[] executableModel(List<RuleFiles.RuleFile> files, String where, String key) {
        KieServices services = KieServices.Factory.get();
        ReleaseId release = services.newReleaseId("vn.soat", "soat-rules", key);
        KieFileSystem kfs = write(services, files).generateAndWritePomXML(release);
        String failure;
        try {
            KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (errors.isEmpty()) {
                return ((InternalKieModule) builder.getKieModule()).getBytes();
            }
            failure = errors.get(0).getText();
        } catch (RuntimeException e) {
            // The executable model's own parsers throw rather than report; the classic compiler says where.
            failure = String.valueOf(e.getMessage());
        } finally {
            services.getRepository().removeKieModule(release);
        }
        classic(files, where);
        throw new RuleLoadException("Quy tắc không biên dịch được (" + where + "): "
                + failure.lines().findFirst().orElse("").strip());
    }

    /** A KieBase compiled from DRL the classic way; {@link RuleLoadException} with file and line on errors. */
    static KieBase classic(List<RuleFiles.RuleFile> files, String where) {
        KieServices services = KieServices.Factory.get();
        KieBuilder builder = services.newKieBuilder(write(services, files)).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("Quy tắc không biên dịch được:");
            for (Message error : errors) {
                String path = error.getPath() == null ? "?" : error.getPath().replace(KIE_ROOT, "");
                message.append("\n  ").append(where).append('/').append(path)
                        .append(':').append(error.getLine()).append(": ").append(error.getText().strip());
            }
            throw new RuleLoadException(message.toString());
        }
        return services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
    }

    private static KieFileSystem write(KieServices services, List<RuleFiles.RuleFile> files) {
        KieFileSystem kfs = services.newKieFileSystem();
        for (RuleFiles.RuleFile file : files) {
            kfs.write(KIE_ROOT + file.path(), file.content());
        }
        return kfs;
    }
}
