/// The CloudWatch dimensions of Application Load Balancer metrics, derived from ARNs.
///
/// `AWS/ApplicationELB` publishes a target group's metrics (`HTTPCode_Target_5XX_Count`, `TargetResponseTime`)
/// with two dimensions together: `TargetGroup` (`targetgroup/NAME/ID`, the end of the target group's ARN) and
/// `LoadBalancer` (`app/NAME/ID`, the end of the load balancer's ARN). A target group's ARN does not name its
/// load balancer, so the environment gives `ecs.loadBalancerArn`; without it no load-balancer alarm is rendered.
/// See https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html.
public enum ECSLoadBalancerDimension {
    /// `targetgroup/NAME/ID` of `arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID`.
    public static func suffix(ofTargetGroup arn: String) -> String? {
        resource(of: arn, kind: "targetgroup/", parts: 3)
    }

    /// `app/NAME/ID` of `arn:aws:elasticloadbalancing:REGION:ACCOUNT:loadbalancer/app/NAME/ID`.
    public static func suffix(ofLoadBalancer arn: String) -> String? {
        resource(of: arn, kind: "loadbalancer/app/", parts: 4).map { String($0.dropFirst("loadbalancer/".count)) }
    }

    private static func resource(of arn: String, kind: String, parts: Int) -> String? {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", fields[2] == "elasticloadbalancing" else { return nil }
        let resource = String(fields[5])
        let segments = resource.split(separator: "/", omittingEmptySubsequences: false)
        guard resource.hasPrefix(kind), segments.count == parts, segments.allSatisfy({ !$0.isEmpty }) else { return nil }
        return resource
    }
}
