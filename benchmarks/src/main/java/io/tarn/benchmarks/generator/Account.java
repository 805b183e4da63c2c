package io.tarn.benchmarks.generator;

import com.google.common.collect.ImmutableList;
import io.tarn.benchmarks.generator.EventKind.Actors;
import io.tarn.benchmarks.generator.Identity.SessionIssuer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static io.tarn.benchmarks.generator.Randoms.base32;
import static io.tarn.benchmarks.generator.Randoms.chance;
import static io.tarn.benchmarks.generator.Randoms.hex;
import static io.tarn.benchmarks.generator.Randoms.pick;
import static java.lang.String.format;
import static java.util.Objects.requireNonNull;

/**
 * One AWS account of the generated organisation: its callers (every {@code userIdentity} type) and its
 * resources (buckets, functions, tables, keys...). Built once from the seed and read by all threads.
 */
final class Account
{
    private final String id;
    private final String name;
    private final String organizationId;
    private final Map<Actors, WeightedChoice<Identity>> callers;
    private final List<Identity> identities;
    private final List<Identity> roles;
    private final List<Identity> users;

    final List<String> buckets;
    final List<String> functions;
    final List<String> tables;
    final List<String> keys;
    final List<String> secrets;
    final List<String> parameters;
    final List<String> logGroups;
    final List<String> instances;
    final List<String> securityGroups;
    final List<String> vpcs;
    final List<String> subnets;
    final List<String> volumes;
    final List<String> images;
    final List<String> topics;
    final List<String> queues;
    final List<String> repositories;
    final List<String> clusters;
    final List<String> stacks;
    final List<String> streams;
    final List<String> databases;
    final List<String> managedPolicies;

    private Account(String id, String name, String organizationId, SplittableRandom random)
    {
        this.id = requireNonNull(id, "id is null");
        this.name = requireNonNull(name, "name is null");
        this.organizationId = requireNonNull(organizationId, "organizationId is null");
        this.buckets = buckets(random);
        this.functions = named(random, 14, workload -> workload + "-" + pick(random, List.of("api", "worker", "handler", "consumer", "scheduler", "webhook")));
        this.tables = named(random, 10, workload -> workload + "-" + pick(random, List.of("records", "sessions", "state", "idempotency", "index")) + "-" + name);
        this.keys = repeat(8, () -> Randoms.uuid(random));
        this.secrets = named(random, 10, workload -> name + "/" + workload + "/" + pick(random, List.of("db-credentials", "api-key", "oauth-client", "signing-key"))
                + "-" + Randoms.alphanumeric(random, 6));
        this.parameters = named(random, 16, workload -> "/" + name + "/" + workload + "/" + pick(random, List.of("database/url", "feature-flags", "endpoint", "log-level", "queue-url")));
        this.logGroups = named(random, 12, workload -> pick(random, List.of("/aws/lambda/", "/ecs/", "/aws/eks/" + name + "-eks/", "/aws/rds/instance/")) + workload);
        this.instances = repeat(40, () -> "i-0" + hex(random, 16));
        this.securityGroups = repeat(15, () -> "sg-0" + hex(random, 16));
        this.vpcs = repeat(3, () -> "vpc-0" + hex(random, 16));
        this.subnets = repeat(9, () -> "subnet-0" + hex(random, 16));
        this.volumes = repeat(30, () -> "vol-0" + hex(random, 16));
        this.images = repeat(6, () -> "ami-0" + hex(random, 16));
        this.topics = named(random, 6, workload -> workload + "-events");
        this.queues = named(random, 8, workload -> workload + pick(random, List.of("-jobs", "-dlq", "-tasks.fifo")));
        this.repositories = named(random, 8, workload -> workload + "-service");
        this.clusters = List.of(name + "-cluster", name + "-batch");
        this.stacks = named(random, 8, workload -> workload + "-" + name);
        this.streams = named(random, 3, workload -> workload + "-stream");
        this.databases = named(random, 4, workload -> workload + "-db-" + name);
        this.managedPolicies = List.of("arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess",
                "arn:aws:iam::aws:policy/AmazonS3FullAccess", "arn:aws:iam::aws:policy/PowerUserAccess",
                "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "arn:aws:iam::" + id + ":policy/" + name + "-deploy-policy");

        List<Identity> people = new ArrayList<>();
        List<Identity> machineUsers = new ArrayList<>();
        List<Identity> workloadRoles = new ArrayList<>();
        List<Identity> consoleRoles = new ArrayList<>();
        List<Identity> services = new ArrayList<>();
        List<Identity> rare = new ArrayList<>();
        List<Identity> saml = new ArrayList<>();
        List<Identity> webIdentities = new ArrayList<>();
        List<Identity> identityCenter = new ArrayList<>();

        for (String person : Vocabulary.PEOPLE.subList(0, 12 + random.nextInt(12))) {
            people.add(iamUser(random, person, true));
        }
        for (String machine : Vocabulary.MACHINE_USERS) {
            machineUsers.add(iamUser(random, machine, false));
        }
        for (String workload : Vocabulary.WORKLOADS) {
            workloadRoles.add(workloadRole(random, workload));
        }
        workloadRoles.add(serviceLinkedRole(random, "AWSServiceRoleForAutoScaling", "autoscaling.amazonaws.com", "AutoScaling"));
        workloadRoles.add(serviceLinkedRole(random, "AWSServiceRoleForECS", "ecs.amazonaws.com", "ecs-service-scheduler"));
        workloadRoles.add(serviceLinkedRole(random, "AWSServiceRoleForConfig", "config.amazonaws.com", "AWSConfig-Describe"));
        workloadRoles.add(serviceLinkedRole(random, "AWSServiceRoleForAmazonGuardDuty", "guardduty.amazonaws.com", "AmazonGuardDuty"));
        workloadRoles.add(githubRole(random));
        for (String permissionSet : List.of("AdministratorAccess", "ReadOnlyAccess", "PowerUserAccess", "SecurityAudit")) {
            String suffix = hex(random, 16);
            for (int session = 0; session < 4; session++) {
                consoleRoles.add(ssoRole(random, permissionSet, suffix, pick(random, Vocabulary.PEOPLE) + "@example.com"));
            }
        }
        consoleRoles.add(crossAccountRole(random, "OrganizationAccountAccessRole"));
        for (String service : Vocabulary.SERVICES_INVOKING) {
            services.add(new Identity.Builder(IdentityType.AWS_SERVICE, id)
                    .invokedBy(service)
                    .habits(List.of(service), List.of(service), 0.01)
                    .build());
        }
        rare.add(root(random));
        rare.add(awsAccount(random));
        rare.add(awsAccount(random));
        for (Identity person : people.subList(0, 3)) {
            rare.add(federatedUser(random, person));
        }
        for (int user = 0; user < 6; user++) {
            identityCenter.add(identityCenterUser(random));
        }
        for (int user = 0; user < 4; user++) {
            saml.add(samlUser(random));
            webIdentities.add(webIdentityUser(random));
        }
        Identity attacker = attacker(random, people.get(people.size() - 1));

        this.users = ImmutableList.<Identity>builder().addAll(people).addAll(machineUsers).build();
        this.roles = ImmutableList.<Identity>builder().addAll(workloadRoles).addAll(consoleRoles).build();

        // the usual mix: workloads first, then people and services; within a group a Zipf skew, so a few callers dominate
        List<Identity> anyone = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        addGroup(anyone, weights, workloadRoles, 46);
        addGroup(anyone, weights, machineUsers, 9);
        addGroup(anyone, weights, people, 10);
        addGroup(anyone, weights, consoleRoles, 14);
        addGroup(anyone, weights, services, 11);
        addGroup(anyone, weights, identityCenter, 4);
        addGroup(anyone, weights, rare, 1.5);
        addGroup(anyone, weights, List.of(attacker), 0.4);
        List<Identity> humans = new ArrayList<>();
        List<Double> humanWeights = new ArrayList<>();
        addGroup(humans, humanWeights, people, 40);
        addGroup(humans, humanWeights, consoleRoles, 40);
        addGroup(humans, humanWeights, identityCenter, 15);
        addGroup(humans, humanWeights, List.of(rare.get(0)), 2);
        addGroup(humans, humanWeights, List.of(attacker), 3);
        List<Identity> signIns = new ArrayList<>(humans);
        List<Double> signInWeights = new ArrayList<>(humanWeights);
        addGroup(signIns, signInWeights, List.of(unknown()), 3);
        List<Identity> mostlyServices = new ArrayList<>();
        List<Double> mostlyServiceWeights = new ArrayList<>();
        addGroup(mostlyServices, mostlyServiceWeights, services, 55);
        addGroup(mostlyServices, mostlyServiceWeights, workloadRoles, 35);
        addGroup(mostlyServices, mostlyServiceWeights, consoleRoles, 5);
        addGroup(mostlyServices, mostlyServiceWeights, people, 5);

        Map<Actors, WeightedChoice<Identity>> choices = new EnumMap<>(Actors.class);
        choices.put(Actors.ANYONE, choice(anyone, weights));
        choices.put(Actors.PEOPLE, choice(humans, humanWeights));
        choices.put(Actors.CONSOLE_SIGN_IN, choice(signIns, signInWeights));
        choices.put(Actors.MOSTLY_SERVICES, choice(mostlyServices, mostlyServiceWeights));
        choices.put(Actors.SAML_USERS, WeightedChoice.zipf(saml, 1));
        choices.put(Actors.WEB_IDENTITY_USERS, WeightedChoice.zipf(webIdentities, 1));
        choices.put(Actors.IAM_USERS, WeightedChoice.zipf(users, 1));
        choices.put(Actors.AWS_INTERNAL, WeightedChoice.zipf(List.of(awsInternal()), 1));
        this.callers = choices;

        List<Identity> all = new ArrayList<>();
        choices.values().forEach(value -> value.values().stream().filter(identity -> !all.contains(identity)).forEach(all::add));
        this.identities = ImmutableList.copyOf(all);
    }

    static List<Account> create(long seed)
    {
        SplittableRandom random = new SplittableRandom(Randoms.mix(seed, 0x0ACC0));
        String organizationId = "o-" + Randoms.lowerAlphanumeric(random, 10);
        List<Account> accounts = new ArrayList<>();
        for (String name : Vocabulary.ACCOUNT_NAMES) {
            String id = format(Locale.ROOT, "%012d", Math.floorMod(random.nextLong(), 900_000_000_000L) + 100_000_000_000L);
            accounts.add(new Account(id, name, organizationId, new SplittableRandom(Randoms.mix(seed, id.hashCode()))));
        }
        return ImmutableList.copyOf(accounts);
    }

    String id()
    {
        return id;
    }

    String name()
    {
        return name;
    }

    String organizationId()
    {
        return organizationId;
    }

    Identity caller(Actors actors, SplittableRandom random)
    {
        return callers.get(actors).next(random);
    }

    List<Identity> identities()
    {
        return identities;
    }

    Identity anyRole(SplittableRandom random)
    {
        return pick(random, roles);
    }

    Identity anyUser(SplittableRandom random)
    {
        return pick(random, users);
    }

    private static WeightedChoice<Identity> choice(List<Identity> identities, List<Double> weights)
    {
        return new WeightedChoice<>(identities, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void addGroup(List<Identity> identities, List<Double> weights, List<Identity> group, double share)
    {
        double sum = 0;
        for (int index = 0; index < group.size(); index++) {
            sum += 1.0 / (index + 1);
        }
        for (int index = 0; index < group.size(); index++) {
            identities.add(group.get(index));
            weights.add(share / (index + 1) / sum);
        }
    }

    private Identity iamUser(SplittableRandom random, String userName, boolean person)
    {
        List<String> addresses = person ? List.of(publicAddress(random), publicAddress(random)) : List.of(awsAddress(random));
        List<String> agents = person ? sample(random, Vocabulary.PEOPLE_AGENTS, 3) : sample(random, Vocabulary.WORKLOAD_AGENTS, 1);
        return new Identity.Builder(IdentityType.IAM_USER, id)
                .principal("AIDA" + base32(random, 17), "arn:aws:iam::" + id + ":user/" + userName)
                .userName(userName)
                .accessKeyIds(List.of("AKIA" + base32(random, 16), "AKIA" + base32(random, 16)), false)
                .console(person, person && chance(random, 0.8))
                .habits(addresses, agents, person ? 0.03 : 0.015)
                .build();
    }

    private Identity workloadRole(SplittableRandom random, String workload)
    {
        String kind = pick(random, List.of("lambda", "task", "node", "irsa"));
        String roleName = workload + "-" + kind + "-role";
        String roleId = "AROA" + base32(random, 17);
        String session = switch (kind) {
            case "lambda" -> workload + "-" + pick(random, List.of("api", "worker", "handler"));
            case "task" -> hex(random, 32);
            case "node" -> "i-0" + hex(random, 16);
            default -> "botocore-session-" + (1_700_000_000 + random.nextInt(30_000_000));
        };
        Identity.Builder builder = new Identity.Builder(IdentityType.ASSUMED_ROLE, id)
                .principal(roleId + ":" + session, "arn:aws:sts::" + id + ":assumed-role/" + roleName + "/" + session)
                .accessKeyIds(List.of("ASIA" + base32(random, 16), "ASIA" + base32(random, 16), "ASIA" + base32(random, 16)), true)
                .sessionIssuer(new SessionIssuer("Role", roleId, "arn:aws:iam::" + id + ":role/" + roleName, id, roleName))
                .habits(List.of(awsAddress(random), awsAddress(random)), sample(random, Vocabulary.WORKLOAD_AGENTS, 2),
                        workload.equals("reporting") ? 0.25 : 0.03);
        if (kind.equals("node")) {
            builder.ec2RoleDelivery("2.0");
        }
        if (kind.equals("irsa")) {
            builder.federatedProvider("arn:aws:iam::" + id + ":oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/" + hex(random, 32).toUpperCase(Locale.ROOT));
        }
        return builder.build();
    }

    private Identity serviceLinkedRole(SplittableRandom random, String roleName, String service, String session)
    {
        String roleId = "AROA" + base32(random, 17);
        return new Identity.Builder(IdentityType.ASSUMED_ROLE, id)
                .principal(roleId + ":" + session, "arn:aws:sts::" + id + ":assumed-role/" + roleName + "/" + session)
                .accessKeyIds(List.of("ASIA" + base32(random, 16)), true)
                .sessionIssuer(new SessionIssuer("Role", roleId, "arn:aws:iam::" + id + ":role/aws-service-role/" + service + "/" + roleName, id, roleName))
                .invokedBy(service)
                .habits(List.of(service), List.of(service), 0.005)
                .build();
    }

    private Identity githubRole(SplittableRandom random)
    {
        String roleName = "github-actions-deploy";
        String roleId = "AROA" + base32(random, 17);
        return new Identity.Builder(IdentityType.ASSUMED_ROLE, id)
                .principal(roleId + ":GitHubActions", "arn:aws:sts::" + id + ":assumed-role/" + roleName + "/GitHubActions")
                .accessKeyIds(List.of("ASIA" + base32(random, 16), "ASIA" + base32(random, 16)), true)
                .sessionIssuer(new SessionIssuer("Role", roleId, "arn:aws:iam::" + id + ":role/" + roleName, id, roleName))
                .federatedProvider("arn:aws:iam::" + id + ":oidc-provider/token.actions.githubusercontent.com")
                .habits(List.of(awsAddress(random), awsAddress(random)), List.of(Vocabulary.WORKLOAD_AGENTS.get(6), Vocabulary.WORKLOAD_AGENTS.get(2)), 0.04)
                .build();
    }

    private Identity ssoRole(SplittableRandom random, String permissionSet, String suffix, String email)
    {
        String roleName = "AWSReservedSSO_" + permissionSet + "_" + suffix;
        String roleId = "AROA" + base32(random, 17);
        return new Identity.Builder(IdentityType.ASSUMED_ROLE, id)
                .principal(roleId + ":" + email, "arn:aws:sts::" + id + ":assumed-role/" + roleName + "/" + email)
                .accessKeyIds(List.of("ASIA" + base32(random, 16), "ASIA" + base32(random, 16)), true)
                .sessionIssuer(new SessionIssuer("Role", roleId, "arn:aws:iam::" + id + ":role/aws-reserved/sso.amazonaws.com/" + roleName, id, roleName))
                .sourceIdentity(email)
                .console(true, true)
                .habits(List.of(publicAddress(random), publicAddress(random)), sample(random, Vocabulary.PEOPLE_AGENTS, 3),
                        permissionSet.equals("ReadOnlyAccess") ? 0.12 : 0.03)
                .build();
    }

    private Identity crossAccountRole(SplittableRandom random, String roleName)
    {
        String roleId = "AROA" + base32(random, 17);
        String session = pick(random, Vocabulary.PEOPLE);
        return new Identity.Builder(IdentityType.ASSUMED_ROLE, id)
                .principal(roleId + ":" + session, "arn:aws:sts::" + id + ":assumed-role/" + roleName + "/" + session)
                .accessKeyIds(List.of("ASIA" + base32(random, 16)), true)
                .sessionIssuer(new SessionIssuer("Role", roleId, "arn:aws:iam::" + id + ":role/" + roleName, id, roleName))
                .console(true, false)
                .habits(List.of(publicAddress(random)), sample(random, Vocabulary.PEOPLE_AGENTS, 2), 0.05)
                .build();
    }

    private Identity root(SplittableRandom random)
    {
        return new Identity.Builder(IdentityType.ROOT, id)
                .principal(id, "arn:aws:iam::" + id + ":root")
                .accessKeyIds(List.of("ASIA" + base32(random, 16)), true)
                .console(true, true)
                .habits(List.of(publicAddress(random)), List.of(Vocabulary.PEOPLE_AGENTS.get(5), "AWS Internal"), 0.02)
                .build();
    }

    private Identity awsAccount(SplittableRandom random)
    {
        String externalAccount = format(Locale.ROOT, "%012d", Math.floorMod(random.nextLong(), 900_000_000_000L) + 100_000_000_000L);
        return new Identity.Builder(IdentityType.AWS_ACCOUNT, externalAccount)
                .principal("AIDA" + base32(random, 17), "")
                .habits(List.of(awsAddress(random)), sample(random, Vocabulary.WORKLOAD_AGENTS, 1), 0.2)
                .build();
    }

    private Identity federatedUser(SplittableRandom random, Identity issuer)
    {
        String name = issuer.userName().orElseThrow() + "-federated";
        return new Identity.Builder(IdentityType.FEDERATED_USER, id)
                .principal(id + ":" + name, "arn:aws:sts::" + id + ":federated-user/" + name)
                .accessKeyIds(List.of("ASIA" + base32(random, 16)), true)
                .sessionIssuer(new SessionIssuer("IAMUser", issuer.principalId(), issuer.arn(), id, issuer.userName().orElseThrow()))
                .habits(issuer.sourceAddresses(), issuer.userAgents(), 0.04)
                .build();
    }

    private Identity identityCenterUser(SplittableRandom random)
    {
        return new Identity.Builder(IdentityType.IDENTITY_CENTER_USER, id)
                .identityCenter(Randoms.uuid(random), "arn:aws:identitystore::" + id + ":identitystore/d-90" + hex(random, 8),
                        Randoms.alphanumeric(random, 59))
                .habits(List.of(publicAddress(random)), sample(random, Vocabulary.PEOPLE_AGENTS, 2), 0.02)
                .build();
    }

    private Identity samlUser(SplittableRandom random)
    {
        String user = pick(random, Vocabulary.PEOPLE) + "@example.com";
        return new Identity.Builder(IdentityType.SAML_USER, id)
                .principal(Randoms.alphanumeric(random, 27) + "=:" + user, "")
                .userName(user)
                .identityProvider(Randoms.alphanumeric(random, 27) + "=")
                .habits(List.of(publicAddress(random)), List.of(Vocabulary.PEOPLE_AGENTS.get(5)), 0.03)
                .build();
    }

    private Identity webIdentityUser(SplittableRandom random)
    {
        String provider = pick(random, List.of("accounts.google.com", "cognito-identity.amazonaws.com", "graph.facebook.com", "www.amazon.com"));
        String user = Long.toString(Math.abs(random.nextLong()));
        return new Identity.Builder(IdentityType.WEB_IDENTITY_USER, id)
                .principal(provider + ":" + hex(random, 12) + ".apps.example.com:" + user, "")
                .userName(user)
                .identityProvider(provider)
                .habits(List.of(publicAddress(random), publicAddress(random)), List.of(Vocabulary.WORKLOAD_AGENTS.get(3)), 0.05)
                .build();
    }

    private Identity attacker(SplittableRandom random, Identity victim)
    {
        // stolen long-term keys of one person, used from odd places with odd tools: many AccessDenied
        return new Identity.Builder(IdentityType.IAM_USER, id)
                .principal(victim.principalId(), victim.arn())
                .userName(victim.userName().orElseThrow())
                .accessKeyIds(List.of("AKIA" + base32(random, 16)), false)
                .habits(Vocabulary.ATTACKER_ADDRESSES, Vocabulary.ATTACKER_AGENTS, 0.6)
                .build();
    }

    private Identity unknown()
    {
        return new Identity.Builder(IdentityType.UNKNOWN, id)
                .principal("", "")
                .userName("HIDDEN_DUE_TO_SECURITY_REASONS")
                .console(true, false)
                .habits(Vocabulary.ATTACKER_ADDRESSES, List.of(Vocabulary.PEOPLE_AGENTS.get(6)), 1.0)
                .build();
    }

    private Identity awsInternal()
    {
        return new Identity.Builder(IdentityType.AWS_INTERNAL, id)
                .invokedBy("AWS Internal")
                .habits(List.of("AWS Internal"), List.of("AWS Internal"), 0)
                .build();
    }

    private List<String> buckets(SplittableRandom random)
    {
        List<String> values = new ArrayList<>();
        for (String workload : sample(random, Vocabulary.WORKLOADS, 9)) {
            values.add("acme-" + workload + "-" + name + "-" + hex(random, 6));
        }
        values.add("aws-cloudtrail-logs-" + id + "-" + hex(random, 8));
        values.add(name + "-terraform-state-" + id);
        values.add("athena-results-" + id + "-us-east-1");
        values.add("cf-templates-" + Randoms.lowerAlphanumeric(random, 12) + "-us-east-1");
        return ImmutableList.copyOf(values);
    }

    private static List<String> named(SplittableRandom random, int count, java.util.function.Function<String, String> namer)
    {
        List<String> values = new ArrayList<>();
        for (String workload : sample(random, Vocabulary.WORKLOADS, count)) {
            values.add(namer.apply(workload));
        }
        return ImmutableList.copyOf(values);
    }

    private static List<String> repeat(int count, java.util.function.Supplier<String> supplier)
    {
        List<String> values = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            values.add(supplier.get());
        }
        return ImmutableList.copyOf(values);
    }

    /**
     * {@code count} distinct values in a random order (a partial Fisher-Yates shuffle).
     */
    static List<String> sample(SplittableRandom random, List<String> values, int count)
    {
        List<String> copy = new ArrayList<>(values);
        int taken = Math.min(count, copy.size());
        for (int index = 0; index < taken; index++) {
            int other = index + random.nextInt(copy.size() - index);
            String value = copy.get(other);
            copy.set(other, copy.get(index));
            copy.set(index, value);
        }
        return ImmutableList.copyOf(copy.subList(0, taken));
    }

    static String awsAddress(SplittableRandom random)
    {
        return Vocabulary.AWS_FIRST_OCTETS[random.nextInt(Vocabulary.AWS_FIRST_OCTETS.length)] + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    static String publicAddress(SplittableRandom random)
    {
        if (chance(random, 0.1)) {
            return format(Locale.ROOT, "2a02:%x:%x:%x::%x", random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), 1 + random.nextInt(0xFFFF));
        }
        return Vocabulary.PUBLIC_FIRST_OCTETS[random.nextInt(Vocabulary.PUBLIC_FIRST_OCTETS.length)] + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
