# API side of a private cross-account integration (apply in the API account, such as
# 111111111111). A VPC link reaches only load balancers in its own account, so this account runs
# one: HTTP API -> VPC link V2 -> internal Application Load Balancer -> interface VPC endpoint ->
# the provider's endpoint service (cross-account-provider.tf, applied first).
#
# The setup of src/samples/cdk/cross-account-consumer.ts, resource for resource, in Terraform.
#
#   terraform init
#   terraform apply -var provider_endpoint_service_name=<endpoint_service_name of the provider>
#   curl "$(terraform output -raw api_url)/index.html"

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.25.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "name" {
  description = "Prefix of every name this configuration gives"
  type        = string
  default     = "orders"
}

variable "provider_endpoint_service_name" {
  description = "The endpoint_service_name output of the provider, e.g. com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"
  type        = string
}

# The endpoint can live only in zones the endpoint service serves.
variable "availability_zones" {
  description = "Zone names whose zone IDs are among the provider's zone_ids output, e.g. [\"us-east-1a\", \"us-east-1c\"]. Empty: the first two zones"
  type        = list(string)
  default     = []
}

# ---- Network: two zones, isolated subnets ------------------------------------------------------------
# Nothing here needs the internet: API Gateway comes in through the VPC link and requests leave
# through PrivateLink. So there is no internet gateway and no NAT gateway.

# Zones only: Local Zones the account opted into would otherwise be listed too.
data "aws_availability_zones" "available" {
  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  zones = length(var.availability_zones) > 0 ? var.availability_zones : slice(data.aws_availability_zones.available.names, 0, 2)
}

resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = var.name }
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  availability_zone = local.zones[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 1, count.index)
  tags              = { Name = "${var.name}-private-${count.index + 1}" }
}

resource "aws_route_table" "private" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[count.index].id
}

# ---- Security groups: link -> ALB -> endpoint, port 80 --------------------------------------------
# Terraform removes the allow-all outbound rule AWS gives a new group, so each group starts closed
# both ways and holds only the rules below.

resource "aws_security_group" "vpc_link" {
  name        = "${var.name}-vpc-link"
  description = "ENIs of the API Gateway VPC link for ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "alb" {
  name        = "${var.name}-alb"
  description = "Internal ALB in front of the ${var.name} endpoint"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "endpoint" {
  name        = "${var.name}-endpoint"
  description = "Interface endpoint to the ${var.name} provider"
  vpc_id      = aws_vpc.main.id
}

resource "aws_vpc_security_group_egress_rule" "vpc_link_to_alb" {
  security_group_id            = aws_security_group.vpc_link.id
  referenced_security_group_id = aws_security_group.alb.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} VPC link"
}

resource "aws_vpc_security_group_ingress_rule" "alb_from_vpc_link" {
  security_group_id            = aws_security_group.alb.id
  referenced_security_group_id = aws_security_group.vpc_link.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} VPC link"
}

# IP targets add no rules of their own, so the ALB -> endpoint hop gets these two.
resource "aws_vpc_security_group_egress_rule" "alb_to_endpoint" {
  security_group_id            = aws_security_group.alb.id
  referenced_security_group_id = aws_security_group.endpoint.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} ALB"
}

resource "aws_vpc_security_group_ingress_rule" "endpoint_from_alb" {
  security_group_id            = aws_security_group.endpoint.id
  referenced_security_group_id = aws_security_group.alb.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} ALB"
}

# ---- Interface endpoint to the provider's service ---------------------------------------------------

#region endpoint
# One network interface per subnet, so one per zone. The endpoint can use only zones where the
# provider's NLB has a subnet; zone names can differ between accounts created before November 2025,
# zone IDs never do. The provider's service has no private DNS name.
resource "aws_vpc_endpoint" "provider" {
  vpc_id              = aws_vpc.main.id
  service_name        = var.provider_endpoint_service_name
  vpc_endpoint_type   = "Interface"
  subnet_ids          = aws_subnet.private[*].id
  security_group_ids  = [aws_security_group.endpoint.id]
  private_dns_enabled = false
}
#endregion

# The endpoint's private addresses, which become the ALB's targets: the endpoint gives only the IDs
# of its network interfaces, so each is read here.
data "aws_network_interface" "endpoint" {
  count = length(aws_subnet.private)
  id    = tolist(aws_vpc_endpoint.provider.network_interface_ids)[count.index]
}

# ---- Internal ALB with the endpoint's addresses as targets -------------------------------------------

resource "aws_lb" "orders" {
  name               = "${var.name}-alb"
  load_balancer_type = "application"
  internal           = true
  security_groups    = [aws_security_group.alb.id]
  subnets            = aws_subnet.private[*].id
}

# IP targets, because the endpoint is neither an instance nor a Lambda function. The health check
# crosses the endpoint to the provider's tasks, so it tests the whole way.
resource "aws_lb_target_group" "provider" {
  name        = "${var.name}-endpoint"
  port        = 80
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.main.id

  health_check {
    path = "/"
  }
}

# If the endpoint is ever replaced, its addresses change and these attachments follow.
resource "aws_lb_target_group_attachment" "endpoint" {
  count            = length(data.aws_network_interface.endpoint)
  target_group_arn = aws_lb_target_group.provider.arn
  target_id        = data.aws_network_interface.endpoint[count.index].private_ip
  port             = 80
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.orders.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.provider.arn
  }
}

# ---- VPC link V2 and HTTP API ----------------------------------------------------------------------

# A V2 link is given subnets and security groups, not a load balancer. (The provider requires
# security_group_ids here, where the API itself makes them optional.)
resource "aws_apigatewayv2_vpc_link" "orders" {
  name               = "${var.name}-link"
  subnet_ids         = aws_subnet.private[*].id
  security_group_ids = [aws_security_group.vpc_link.id]
}

resource "aws_apigatewayv2_api" "orders" {
  name          = "${var.name}-http-api"
  protocol_type = "HTTP"
}

# Exactly as for a backend in this account: the integration sees only the local ALB's listener.
resource "aws_apigatewayv2_integration" "orders" {
  api_id                 = aws_apigatewayv2_api.orders.id
  integration_type       = "HTTP_PROXY"
  integration_method     = "ANY"
  integration_uri        = aws_lb_listener.http.arn
  connection_type        = "VPC_LINK"
  connection_id          = aws_apigatewayv2_vpc_link.orders.id
  payload_format_version = "1.0"
}

resource "aws_apigatewayv2_route" "proxy" {
  api_id    = aws_apigatewayv2_api.orders.id
  route_key = "ANY /{proxy+}"
  target    = "integrations/${aws_apigatewayv2_integration.orders.id}"
}

# $default is served at the root of the API's URL; auto-deploy publishes every change.
resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.orders.id
  name        = "$default"
  auto_deploy = true
}

output "api_url" {
  value = aws_apigatewayv2_api.orders.api_endpoint
}
