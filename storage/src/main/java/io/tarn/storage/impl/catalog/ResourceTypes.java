package io.tarn.storage.impl.catalog;

import java.util.Set;

/**
 * The values {@code resources.type} may take in an advanced event selector: the data event resource types
 * of spec 2.10.
 */
final class ResourceTypes
{
    /**
     * Types whose resources have no ARN, so a selector cannot filter them with {@code resources.ARN}.
     */
    static final Set<String> WITHOUT_ARN = Set.of("AWS::XRay::Trace");

    static final Set<String> ALL = Set.of(
            "AWS::DynamoDB::Table",
            "AWS::Lambda::Function",
            "AWS::S3::Object",
            "AWS::AppConfig::Configuration",
            "AWS::B2BI::Transformer",
            "AWS::Bedrock::AgentAlias",
            "AWS::Bedrock::KnowledgeBase",
            "AWS::Cassandra::Table",
            "AWS::CloudFront::KeyValueStore",
            "AWS::CloudTrail::Channel",
            "AWS::CodeWhisperer::Customization",
            "AWS::CodeWhisperer::Profile",
            "AWS::Cognito::IdentityPool",
            "AWS::DynamoDB::Stream",
            "AWS::EC2::Snapshot",
            "AWS::EMRWAL::Workspace",
            "AWS::FinSpace::Environment",
            "AWS::Glue::Table",
            "AWS::GreengrassV2::ComponentVersion",
            "AWS::GreengrassV2::Deployment",
            "AWS::GuardDuty::Detector",
            "AWS::IoT::Certificate",
            "AWS::IoT::Thing",
            "AWS::IoTSiteWise::Asset",
            "AWS::IoTSiteWise::TimeSeries",
            "AWS::IoTTwinMaker::Entity",
            "AWS::IoTTwinMaker::Workspace",
            "AWS::KendraRanking::ExecutionPlan",
            "AWS::KinesisVideo::Stream",
            "AWS::ManagedBlockchain::Network",
            "AWS::ManagedBlockchain::Node",
            "AWS::MedicalImaging::Datastore",
            "AWS::NeptuneGraph::Graph",
            "AWS::PCAConnectorAD::Connector",
            "AWS::QBusiness::Application",
            "AWS::QBusiness::DataSource",
            "AWS::QBusiness::Index",
            "AWS::QBusiness::WebExperience",
            "AWS::RDS::DBCluster",
            "AWS::S3::AccessPoint",
            "AWS::S3ObjectLambda::AccessPoint",
            "AWS::S3Outposts::Object",
            "AWS::SageMaker::Endpoint",
            "AWS::SageMaker::ExperimentTrialComponent",
            "AWS::SageMaker::FeatureGroup",
            "AWS::SCN::Instance",
            "AWS::ServiceDiscovery::Namespace",
            "AWS::ServiceDiscovery::Service",
            "AWS::SNS::PlatformEndpoint",
            "AWS::SNS::Topic",
            "AWS::SQS::Queue",
            "AWS::SSM::ManagedNode",
            "AWS::SSMMessages::ControlChannel",
            "AWS::SWF::Domain",
            "AWS::ThinClient::Device",
            "AWS::ThinClient::Environment",
            "AWS::Timestream::Database",
            "AWS::Timestream::Table",
            "AWS::VerifiedPermissions::PolicyStore",
            "AWS::XRay::Trace");

    private ResourceTypes() {}
}
