import StackGen

// The AWS list prices stackgen estimates with: on-demand, Linux, US dollars, compiled 2026-11-27.
//
// Every row names its published source (the AWS pricing page) and how the figure was confirmed. AWS renders
// most regional rates in the page's script rather than its text, so each figure was checked against a dated
// third-party copy of the rate where one was found; a note says so, or says that the figure could not be
// confirmed and should be checked before relying on it. To change a price for one environment, override it
// in the environment file (`cost.rates`); to update the table, edit a row and its note, and move `date`.

extension PriceTable {
    /// AWS list prices for us-east-1 and eu-west-1, checked 2026-11-27.
    public static let aws2026 = PriceTable(
        name: "aws-list-prices-2026-11",
        date: "2026-11-27",
        entries: AWSPrices2026.entries,
        spotDiscountPercent: 70,
        spotDiscountSource: "https://aws.amazon.com/fargate/pricing/ (Fargate Spot: \"up to a 70% discount off the "
            + "regular Fargate price\"; observed us-east-1 Spot rates in github.com/theuves/fgcalc src/utils/data.js "
            + "are 68.8% off)"
    )
}

enum AWSPrices2026 {
    static let checked = "2026-11-27"

    // Sources.
    static let fargate = "https://aws.amazon.com/fargate/pricing/"
    static let eks = "https://aws.amazon.com/eks/pricing/"
    static let ec2 = "https://aws.amazon.com/ec2/pricing/on-demand/"
    static let elb = "https://aws.amazon.com/elasticloadbalancing/pricing/"
    static let vpc = "https://aws.amazon.com/vpc/pricing/"
    static let rds = "https://aws.amazon.com/rds/postgresql/pricing/"
    static let elasticache = "https://aws.amazon.com/elasticache/pricing/"
    static let cloudwatch = "https://aws.amazon.com/cloudwatch/pricing/"
    static let ebs = "https://aws.amazon.com/ebs/pricing/"
    static let ipv4 = "https://aws.amazon.com/vpc/pricing/ (Public IPv4 addresses)"
    static let transfer = "https://aws.amazon.com/ec2/pricing/on-demand/ (Data transfer out to the internet)"
    static let secrets = "https://aws.amazon.com/secrets-manager/pricing/"
    static let ecr = "https://aws.amazon.com/ecr/pricing/"

    // Confirmations.
    static let fargateUS = "confirmed: vantage.sh/blog/fargate-pricing and wring.co/blog/aws-fargate-pricing-guide "
        + "(March 2026) list the same us-east-1 rate"
    static let fargateEUx86 = "confirmed: github.com/theuves/fgcalc src/utils/data.js lists eu-west-1 Linux/x86 "
        + "at the us-east-1 rates"
    static let unconfirmedEU = "not confirmed in this check: no dated copy of the eu-west-1 rate was found; verify "
        + "on the AWS page or override in cost.rates"
    static let eksConfirmed = "confirmed: factualminds.com (June 2026) and cloudburn.io (March 2026): $0.10 per "
        + "cluster-hour in standard support; extended support adds $0.50/h"
    static let corroborated = "corroborated, not confirmed: several public cost tools' us-east-1 price tables "
        + "(2025–2026) list this figure; no AWS page copy was found in this check"
    static let eksGlobal = "the EKS control plane is the same price in every commercial region"

    static let entries: [PriceEntry] = fargateRows + eksRows + ec2Rows + networkRows + databaseRows + cacheRows
        + logRows + accountRows

    static let ipv4Confirmed = "confirmed: AWS networking blog (public IPv4 charge from 2024-02-01), doit.com and "
        + "haufe-akademie.de: $0.005 per address-hour in every region, in use or idle"

    /// The rows added for public IPv4, node disks, data transfer, secrets and registry storage, checked later.
    static let accountChecked = "2026-11-29"

    static let accountRows: [PriceEntry] = [
        row(.ebsGP3, "us-east-1", "0.08", .gbMonth, ebs,
            "confirmed: saisci.com (N. Virginia, $0.08/GiB-month with 3,000 IOPS and 125 MiB/s included) and AWS "
                + "Prescriptive Guidance (gp3 20% below gp2's $0.10)", checked: accountChecked),
        row(.publicIPv4, "us-east-1", "0.005", .hour, ipv4, ipv4Confirmed, checked: accountChecked),
        row(.dataTransferOut, "us-east-1", "0.09", .gb, transfer,
            "confirmed: usage.ai (June 2026) and leanopstech.com (April 2026): $0.09/GB up to 10 TB a month; the "
                + "first 100 GB a month are free per account across every service and region, so not subtracted here",
            checked: accountChecked),
        row(.secret, "us-east-1", "0.40", .secretMonth, secrets,
            "confirmed: hivebook.wiki (2026): $0.40 per secret per month plus $0.05 per 10,000 API calls (calls "
                + "not priced: tasks read secrets at start)", checked: accountChecked),
        row(.ecrStorage, "us-east-1", "0.10", .gbMonth, ecr,
            "confirmed: cloudburn.io and wring.co (March 2026): $0.10 per GB-month in private repositories; "
                + "same-region pulls are free", checked: accountChecked),
        row(.ebsGP3, "eu-west-1", "0.088", .gbMonth, ebs, unconfirmedEU, checked: accountChecked),
        row(.publicIPv4, "eu-west-1", "0.005", .hour, ipv4, ipv4Confirmed, checked: accountChecked),
        row(.dataTransferOut, "eu-west-1", "0.09", .gb, transfer, unconfirmedEU, checked: accountChecked),
        row(.secret, "eu-west-1", "0.40", .secretMonth, secrets, unconfirmedEU, checked: accountChecked),
        row(.ecrStorage, "eu-west-1", "0.10", .gbMonth, ecr, unconfirmedEU, checked: accountChecked),
    ]

    static let fargateRows: [PriceEntry] = [
        row(.fargateVCPU(.x86_64), "us-east-1", "0.04048", .vcpuHour, fargate, fargateUS),
        row(.fargateMemory(.x86_64), "us-east-1", "0.004445", .gbHour, fargate, fargateUS),
        row(.fargateVCPU(.arm64), "us-east-1", "0.03238", .vcpuHour, fargate,
            "confirmed: vantage.sh/blog/fargate-pricing lists Linux/ARM at this rate"),
        row(.fargateMemory(.arm64), "us-east-1", "0.00356", .gbHour, fargate,
            "confirmed: vantage.sh/blog/fargate-pricing lists Linux/ARM at this rate"),
        row(.fargateEphemeralStorage, "us-east-1", "0.000111", .gbHour, fargate,
            "confirmed: vantage.sh/blog/fargate-pricing; the first 20 GB of every task are free"),
        row(.fargateVCPU(.x86_64), "eu-west-1", "0.04048", .vcpuHour, fargate, fargateEUx86),
        row(.fargateMemory(.x86_64), "eu-west-1", "0.004445", .gbHour, fargate, fargateEUx86),
        row(.fargateVCPU(.arm64), "eu-west-1", "0.03238", .vcpuHour, fargate,
            unconfirmedEU + " (taken as equal to us-east-1, as the x86 rates are)"),
        row(.fargateMemory(.arm64), "eu-west-1", "0.00356", .gbHour, fargate,
            unconfirmedEU + " (taken as equal to us-east-1, as the x86 rates are)"),
        row(.fargateEphemeralStorage, "eu-west-1", "0.000111", .gbHour, fargate,
            unconfirmedEU + " (taken as equal to us-east-1)"),
    ]

    static let eksRows: [PriceEntry] = [
        row(.eksCluster, "us-east-1", "0.10", .hour, eks, eksConfirmed),
        row(.eksCluster, "eu-west-1", "0.10", .hour, eks, eksGlobal),
    ]

    static let ec2Rows: [PriceEntry] = [
        row(.ec2("m7g.large"), "us-east-1", "0.0816", .hour, ec2,
            "confirmed: factualminds.com, EC2 on-demand pricing (June 2026)"),
        row(.ec2("m7g.xlarge"), "us-east-1", "0.1632", .hour, ec2,
            "not confirmed in this check: twice m7g.large, as AWS prices sizes within a family"),
        row(.ec2("m6i.large"), "us-east-1", "0.096", .hour, ec2,
            corroborated),
        row(.ec2("m6i.xlarge"), "us-east-1", "0.192", .hour, ec2,
            corroborated),
        row(.ec2("m6g.large"), "us-east-1", "0.077", .hour, ec2,
            corroborated),
        row(.ec2("c6i.large"), "us-east-1", "0.085", .hour, ec2,
            corroborated),
        row(.ec2("r6i.large"), "us-east-1", "0.126", .hour, ec2,
            corroborated),
        row(.ec2("t3.medium"), "us-east-1", "0.0416", .hour, ec2,
            corroborated + "; also t3.micro $0.0104 × 4, which wring.co confirms for March 2026"),
        row(.ec2("t3.large"), "us-east-1", "0.0832", .hour, ec2,
            corroborated),
        row(.ec2("m6i.large"), "eu-west-1", "0.107", .hour, ec2, unconfirmedEU),
        row(.ec2("m6i.xlarge"), "eu-west-1", "0.214", .hour, ec2, unconfirmedEU),
        row(.ec2("t3.medium"), "eu-west-1", "0.0456", .hour, ec2, unconfirmedEU),
    ]

    static let networkRows: [PriceEntry] = [
        row(.loadBalancerHour, "us-east-1", "0.0225", .hour, elb,
            "confirmed: cloud-horizons.com (May 2026): $0.0225 per ALB-hour"),
        row(.loadBalancerCapacityUnitHour, "us-east-1", "0.008", .lcuHour, elb,
            "confirmed: cloud-horizons.com (May 2026): $0.008 per LCU-hour"),
        row(.natGatewayHour, "us-east-1", "0.045", .hour, vpc,
            "confirmed: basavytix.com and rajesh.medampudi.com: $0.045 per NAT gateway-hour in us-east-1"),
        row(.natGatewayData, "us-east-1", "0.045", .gb, vpc,
            "confirmed: basavytix.com and rajesh.medampudi.com: $0.045 per GB processed in us-east-1"),
        row(.loadBalancerHour, "eu-west-1", "0.0252", .hour, elb, unconfirmedEU),
        row(.loadBalancerCapacityUnitHour, "eu-west-1", "0.008", .lcuHour, elb, unconfirmedEU),
        row(.natGatewayHour, "eu-west-1", "0.048", .hour, vpc,
            "partly confirmed: cloudpipelines.pages.dev (2026) gives $0.048–$0.052 for European regions"),
        row(.natGatewayData, "eu-west-1", "0.048", .gb, vpc,
            "partly confirmed: cloudpipelines.pages.dev (2026) gives $0.048–$0.052 for European regions"),
    ]

    static let databaseRows: [PriceEntry] = [
        row(.database("db.t3.micro", multiAZ: false), "us-east-1", "0.018", .hour, rds,
            corroborated + " (RDS for PostgreSQL; MySQL is $0.017)"),
        row(.database("db.t3.micro", multiAZ: true), "us-east-1", "0.036", .hour, rds,
            "Multi-AZ bills the primary and the standby: twice single-AZ (AWS RDS user guide, On-Demand DB "
                + "instances)"),
        row(.database("db.t3.small", multiAZ: false), "us-east-1", "0.036", .hour, rds,
            corroborated + " (RDS for PostgreSQL)"),
        row(.database("db.t3.small", multiAZ: true), "us-east-1", "0.072", .hour, rds,
            "Multi-AZ bills the primary and the standby: twice single-AZ"),
        row(.database("db.t4g.micro", multiAZ: false), "us-east-1", "0.016", .hour, rds,
            "confirmed: infratally.com (2026): db.t4g.micro $0.016 single-AZ"),
        row(.database("db.t4g.micro", multiAZ: true), "us-east-1", "0.032", .hour, rds,
            "confirmed: infratally.com (2026): db.t4g.micro $0.032 Multi-AZ"),
        row(.database("db.t4g.small", multiAZ: false), "us-east-1", "0.032", .hour, rds,
            "confirmed: infratally.com (2026): db.t4g.small $0.032 single-AZ"),
        row(.database("db.t4g.small", multiAZ: true), "us-east-1", "0.064", .hour, rds,
            "confirmed: infratally.com (2026): db.t4g.small $0.064 Multi-AZ"),
        row(.databaseStorage(multiAZ: false), "us-east-1", "0.115", .gbMonth, rds,
            "confirmed: usage.ai RDS pricing guide (June 2026): gp3 $0.115 per GB-month"),
        row(.databaseStorage(multiAZ: true), "us-east-1", "0.23", .gbMonth, rds,
            "Multi-AZ stores the data in both zones: twice single-AZ (AWS RDS user guide)"),
        row(.database("db.t3.micro", multiAZ: false), "eu-west-1", "0.019", .hour, rds, unconfirmedEU),
        row(.database("db.t3.micro", multiAZ: true), "eu-west-1", "0.038", .hour, rds, unconfirmedEU),
        row(.database("db.t3.small", multiAZ: false), "eu-west-1", "0.038", .hour, rds, unconfirmedEU),
        row(.database("db.t3.small", multiAZ: true), "eu-west-1", "0.076", .hour, rds, unconfirmedEU),
        row(.databaseStorage(multiAZ: false), "eu-west-1", "0.127", .gbMonth, rds, unconfirmedEU),
        row(.databaseStorage(multiAZ: true), "eu-west-1", "0.254", .gbMonth, rds, unconfirmedEU),
    ]

    static let cacheRows: [PriceEntry] = [
        row(.cache("cache.t3.micro"), "us-east-1", "0.017", .hour, elasticache,
            "confirmed: dragonflydb.io/finops/elasticache/cache.t3.micro: $0.017 on-demand in us-east-1"),
        row(.cache("cache.t3.small"), "us-east-1", "0.034", .hour, elasticache,
            "not confirmed in this check: between cache.t3.micro ($0.017) and cache.t3.medium ($0.068, "
                + "dragonflydb.io), at twice micro as AWS prices sizes"),
        row(.cache("cache.t3.medium"), "us-east-1", "0.068", .hour, elasticache,
            "confirmed: dragonflydb.io/finops/elasticache/cache.t3.medium: $0.068 on-demand in us-east-1"),
        row(.cache("cache.t3.micro"), "eu-west-1", "0.018", .hour, elasticache, unconfirmedEU),
        row(.cache("cache.t3.small"), "eu-west-1", "0.036", .hour, elasticache, unconfirmedEU),
    ]

    static let logRows: [PriceEntry] = [
        row(.logsIngested, "us-east-1", "0.50", .gb, cloudwatch,
            "confirmed: c3x.dev and hykell.com (June 2026): $0.50 per GB ingested (standard log class)"),
        row(.logsStored, "us-east-1", "0.03", .gbMonth, cloudwatch,
            "confirmed: c3x.dev and hykell.com (June 2026): $0.03 per GB-month stored"),
        row(.logsIngested, "eu-west-1", "0.57", .gb, cloudwatch, unconfirmedEU),
        row(.logsStored, "eu-west-1", "0.03", .gbMonth, cloudwatch, unconfirmedEU),
    ]

    private static func row(
        _ id: PriceID, _ region: String, _ price: String, _ unit: PriceUnit, _ source: String, _ note: String,
        checked: String = checked
    ) -> PriceEntry {
        guard let value = Money.parse(price) else { preconditionFailure("price `\(price)` of \(id) is not a number") }
        return PriceEntry(id: id, region: region, price: value, unit: unit, source: source, checked: checked, note: note)
    }
}
