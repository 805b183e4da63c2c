package io.tarn.benchmarks.generator;

import java.util.List;

/**
 * Names, user agents and network ranges the generator builds realistic values from.
 */
final class Vocabulary
{
    static final List<String> WORKLOADS = List.of(
            "orders", "payments", "billing", "inventory", "search", "auth", "users", "catalog", "shipping", "analytics",
            "reporting", "notifications", "checkout", "recommendations", "fraud", "ledger", "media", "events", "audit", "ingest");

    static final List<String> PEOPLE = List.of(
            "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj", "olivia",
            "peggy", "rupert", "sybil", "trent", "victor", "walter", "yusuf", "zoe", "amara", "bruno", "chen.wei", "diego",
            "elif", "fatima", "gustavo", "hana", "ines", "jonas", "kenji", "lucia", "mateo", "noor", "oskar");

    static final List<String> MACHINE_USERS = List.of(
            "ci-deployer", "terraform", "backup-agent", "legacy-app", "s3-sync", "monitoring", "jenkins", "datadog-integration",
            "splunk-forwarder", "artifact-uploader");

    static final List<String> PEOPLE_AGENTS = List.of(
            "aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0-1016-aws exe/x86_64.ubuntu.22 prompt/off command/s3.cp",
            "aws-cli/2.13.25 Python/3.11.5 Darwin/23.1.0 exe/x86_64 prompt/off command/sts.get-caller-identity",
            "aws-cli/2.17.12 md/awscrt#0.20.11 ua/2.0 os/macos#23.5.0 md/arch#arm64 lang/python#3.11.9 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/prompt#off md/command#ec2.describe-instances",
            "AWS Internal",
            "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.488 Linux/5.10.218-186.862.amzn2int.x86_64 OpenJDK_64-Bit_Server_VM/25.372-b08 java/1.8.0_372 vendor/Oracle_Corporation cfg/retry-mode/standard]",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
            "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/macos#23.4.0 md/arch#arm64 lang/python#3.12.2 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.69",
            "aws-toolkit-vscode/2.14.0 VSCode/1.87.2");

    static final List<String> WORKLOAD_AGENTS = List.of(
            "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#5.10.213-201.855.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.2 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy Botocore/1.34.69",
            "aws-sdk-java/2.25.16 Linux/5.10.209-198.858.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/legacy",
            "aws-sdk-go-v2/1.25.2 os/linux lang/go#1.22.1 md/GOOS#linux md/GOARCH#amd64 api/ecr#1.27.1",
            "aws-sdk-js/3.540.0 ua/2.0 os/linux#5.10.213-223.838.amzn2.x86_64 lang/js md/nodejs#20.11.1 api/dynamodb#3.540.0 exec-env/AWS_Lambda_nodejs20.x",
            "aws-sdk-go/1.50.8 (go1.21.6; linux; amd64) exec-env/AWS_ECS_FARGATE",
            "aws-sdk-java/1.12.670 Linux/5.15.0-1055-aws OpenJDK_64-Bit_Server_VM/11.0.22+7-post-Ubuntu-0ubuntu222.04.1 java/11.0.22 kotlin/1.9.22 vendor/Ubuntu cfg/retry-mode/standard",
            "APN/1.0 HashiCorp/1.0 Terraform/1.7.5 (+https://www.terraform.io) terraform-provider-aws/5.42.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.26.0 os/linux lang/go#1.22.1 md/GOOS#linux md/GOARCH#amd64 api/iam#1.31.3",
            "kubernetes/v1.29.1-eks-508b6b3 (linux/amd64) kubernetes/v1.29.1-eks-508b6b3 aws-sdk-go/1.48.14",
            "karpenter.sh-0.35.2 aws-sdk-go/1.50.25 (go1.22.0; linux; amd64)",
            "Datadog/AWS-Integration",
            "aws-internal/3 aws-sdk-java/1.12.671 Linux/5.10.213-179.855.amzn2int.x86_64 OpenJDK_64-Bit_Server_VM/25.402-b08 java/1.8.0_402 vendor/Oracle_Corporation cfg/retry-mode/standard");

    static final List<String> ATTACKER_AGENTS = List.of(
            "aws-cli/1.16.312 Python/3.8.10 Linux/5.4.0-150-generic botocore/1.13.48",
            "Boto3/1.9.253 Python/2.7.18 Linux/4.19.0-kali5-amd64 Botocore/1.12.253",
            "python-requests/2.31.0",
            "Go-http-client/1.1");

    static final List<String> SERVICES_INVOKING = List.of(
            "lambda.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks.amazonaws.com", "autoscaling.amazonaws.com",
            "cloudformation.amazonaws.com", "config.amazonaws.com", "elasticloadbalancing.amazonaws.com", "s3.amazonaws.com",
            "secretsmanager.amazonaws.com", "ssm.amazonaws.com", "rds.amazonaws.com", "eks.amazonaws.com", "backup.amazonaws.com",
            "events.amazonaws.com", "states.amazonaws.com", "glue.amazonaws.com", "access-analyzer.amazonaws.com",
            "guardduty.amazonaws.com", "cloudtrail.amazonaws.com", "logs.amazonaws.com");

    static final List<String> REGIONS = List.of(
            "us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1", "us-east-2", "sa-east-1", "ca-central-1");

    static final double[] REGION_WEIGHTS = {55, 15, 12, 6, 4, 3, 3, 1, 1};

    static final List<String> ACCOUNT_NAMES = List.of("prod", "staging", "dev", "security", "sandbox");

    static final double[] ACCOUNT_WEIGHTS = {50, 20, 18, 8, 4};

    /**
     * First octets of addresses AWS's own hosts call from.
     */
    static final int[] AWS_FIRST_OCTETS = {3, 13, 18, 34, 35, 44, 52, 54, 99};

    /**
     * First octets of offices' and home broadband addresses.
     */
    static final int[] PUBLIC_FIRST_OCTETS = {24, 50, 68, 73, 81, 82, 86, 92, 98, 109, 151, 176, 188, 203};

    static final List<String> ATTACKER_ADDRESSES = List.of("185.220.101.47", "45.137.21.9", "194.26.192.64", "2a0b:f4c2:2::29");

    static final List<String> FILE_EXTENSIONS = List.of(".parquet", ".json.gz", ".csv", ".jpg", ".png", ".pdf", ".zip", ".avro", ".txt");

    private Vocabulary() {}
}
