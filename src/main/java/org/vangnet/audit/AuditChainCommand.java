package org.vangnet.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line entry of the verifier: {@code java -jar vangnet.jar --vangnet.audit.verify-chain-and-exit=true
 * --server.port=0} prints the result and exits, 0 when the chain is intact, 3 when it is not
 * (decision 030). The check is recorded like any other.
 */
@Component
@ConditionalOnBooleanProperty("vangnet.audit.verify-chain-and-exit")
class AuditChainCommand implements ApplicationRunner {

    static final int BROKEN = 3;

    private final AuditChainService chain;
    private final ApplicationContext context;

    AuditChainCommand(AuditChainService chain, ApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = verify();
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }

    int verify() {
        ChainReport report = chain.check(JdbcAuditTrail.SYSTEM_ACTOR);
        System.out.println(report.intact()
                ? "Audit chain intact: " + report.rowsChecked() + " rows"
                : "AUDIT CHAIN BROKEN: " + report.problem() + " at chain position " + report.problemSeq()
                        + ", audit row " + report.problemEventId());
        System.out.print(report.headText());
        return report.intact() ? 0 : BROKEN;
    }
}
