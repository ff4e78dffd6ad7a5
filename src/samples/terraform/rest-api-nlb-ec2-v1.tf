# Legacy setup, for REST APIs that already use it: REST API -> VPC link V1 -> internal Network Load
# Balancer -> EC2 Auto Scaling group "orders" (Amazon Linux 2023 running nginx on port 80). AWS
# recommends VPC links V2 for new REST APIs (see rest-api-alb-ecs.tf).
#
# The setup of src/samples/cdk/rest-api-nlb-ec2-v1.ts, resource for resource, in Terraform.
#
#   terraform init && terraform apply
#   curl "$(terraform output -raw invoke_url)/"

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

# ---- Network: two zones, public subnets with one NAT gateway, private subnets ------------------
# The instances run in the private subnets and install nginx from the Amazon Linux repositories
# through the NAT.

# Zones only: Local Zones the account opted into would otherwise be listed too.
data "aws_availability_zones" "available" {
  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  zones = slice(data.aws_availability_zones.available.names, 0, 2)
}

resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = var.name }
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.main.id
  availability_zone       = local.zones[count.index]
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 2, count.index)
  map_public_ip_on_launch = true
  tags                    = { Name = "${var.name}-public-${count.index + 1}" }
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  availability_zone = local.zones[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 2, count.index + 2)
  tags              = { Name = "${var.name}-private-${count.index + 1}" }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table" "public" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "public_internet" {
  count                  = 2
  route_table_id         = aws_route_table.public[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main.id
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public[count.index].id
}

# One NAT gateway for both zones, as in the CDK sample: cheaper, but not zone-redundant.
resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public[0].id
  depends_on    = [aws_internet_gateway.main]
}

resource "aws_route_table" "private" {
  count  = 2
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "private_nat" {
  count                  = 2
  route_table_id         = aws_route_table.private[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.main.id
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[count.index].id
}

# ---- Security groups: NLB -> instances, port 80 ----------------------------------------------------
# Terraform removes the allow-all outbound rule AWS gives a new group, so each group starts closed
# both ways and holds only the rules below. A V1 link has no security group of its own: it reaches
# the NLB over AWS PrivateLink, through an endpoint service API Gateway creates for it.

resource "aws_security_group" "nlb" {
  name        = "${var.name}-nlb"
  description = "Internal NLB for ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "instances" {
  name        = "${var.name}-instances"
  description = "EC2 instances of ${var.name}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_vpc_security_group_egress_rule" "nlb_to_instances" {
  security_group_id            = aws_security_group.nlb.id
  referenced_security_group_id = aws_security_group.instances.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} NLB"
}

resource "aws_vpc_security_group_ingress_rule" "instances_from_nlb" {
  security_group_id            = aws_security_group.instances.id
  referenced_security_group_id = aws_security_group.nlb.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  description                  = "from the ${var.name} NLB"
}

# The instances reach out to install nginx.
resource "aws_vpc_security_group_egress_rule" "instances_all" {
  security_group_id = aws_security_group.instances.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "Allow all outbound traffic"
}

# ---- EC2 instances: launch template and Auto Scaling group ----------------------------------------

# The latest Amazon Linux 2023 image, from the public parameter AWS keeps current. The image ID is
# not a secret, so insecure_value keeps it readable in plans.
data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64"
}

resource "aws_launch_template" "orders" {
  name_prefix            = "${var.name}-"
  image_id               = data.aws_ssm_parameter.al2023.insecure_value
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.instances.id]
  user_data = base64encode(<<-EOT
    #!/bin/bash
    dnf install -y nginx
    systemctl enable --now nginx
  EOT
  )

  # IMDSv2 only.
  metadata_options {
    http_tokens = "required"
  }
}

# The group registers its instances in the NLB's target group as they launch.
resource "aws_autoscaling_group" "orders" {
  name                = var.name
  min_size            = 2
  max_size            = 2
  vpc_zone_identifier = aws_subnet.private[*].id
  target_group_arns   = [aws_lb_target_group.orders.arn]

  launch_template {
    id      = aws_launch_template.orders.id
    version = aws_launch_template.orders.latest_version
  }
}

# ---- Internal NLB, target group and listener ------------------------------------------------------

# API Gateway's guide for V1 links says to stop the NLB evaluating inbound rules for PrivateLink
# traffic and not to rely on API Gateway's address ranges. With no inbound rule, nothing else
# reaches this NLB.
resource "aws_lb" "orders" {
  name                                                         = "${var.name}-nlb"
  load_balancer_type                                           = "network"
  internal                                                     = true
  security_groups                                              = [aws_security_group.nlb.id]
  enforce_security_group_inbound_rules_on_private_link_traffic = "off"
  subnets                                                      = aws_subnet.private[*].id
}

resource "aws_lb_target_group" "orders" {
  name        = "${var.name}-instances"
  port        = 80
  protocol    = "TCP"
  target_type = "instance"
  vpc_id      = aws_vpc.main.id
}

resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.orders.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.orders.arn
  }
}

# ---- VPC link V1 -------------------------------------------------------------------------------------

#region vpc-link
# A V1 link is given the NLB itself, no subnets or security groups. It must be in the API's account,
# and creating it also creates the endpoint service, so the caller needs permission for that too.
resource "aws_api_gateway_vpc_link" "orders" {
  name        = "${var.name}-link-v1"
  target_arns = [aws_lb.orders.arn]
}
#endregion

# ---- REST API: "/" and "/{proxy+}", each with ANY --------------------------------------------------

resource "aws_api_gateway_rest_api" "orders" {
  name = "${var.name}-rest-api"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_resource" "proxy" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "{proxy+}"
}

resource "aws_api_gateway_method" "root" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_rest_api.orders.root_resource_id
  http_method   = "ANY"
  authorization = "NONE"
}

# With V1 the link alone selects the NLB: there is no integration_target. The uri's host name
# becomes the Host header.
resource "aws_api_gateway_integration" "root" {
  rest_api_id             = aws_api_gateway_rest_api.orders.id
  resource_id             = aws_api_gateway_rest_api.orders.root_resource_id
  http_method             = aws_api_gateway_method.root.http_method
  type                    = "HTTP_PROXY"
  integration_http_method = "ANY"
  uri                     = "http://${aws_lb.orders.dns_name}/"
  connection_type         = "VPC_LINK"
  connection_id           = aws_api_gateway_vpc_link.orders.id
}

resource "aws_api_gateway_method" "proxy" {
  rest_api_id        = aws_api_gateway_rest_api.orders.id
  resource_id        = aws_api_gateway_resource.proxy.id
  http_method        = "ANY"
  authorization      = "NONE"
  request_parameters = { "method.request.path.proxy" = true }
}

resource "aws_api_gateway_integration" "proxy" {
  rest_api_id             = aws_api_gateway_rest_api.orders.id
  resource_id             = aws_api_gateway_resource.proxy.id
  http_method             = aws_api_gateway_method.proxy.http_method
  type                    = "HTTP_PROXY"
  integration_http_method = "ANY"
  uri                     = "http://${aws_lb.orders.dns_name}/{proxy}"
  request_parameters      = { "integration.request.path.proxy" = "method.request.path.proxy" }
  connection_type         = "VPC_LINK"
  connection_id           = aws_api_gateway_vpc_link.orders.id
}

# ---- Deployment and stage "prod" -------------------------------------------------------------------

# REST API changes go live only through a new deployment. The trigger makes any change to the
# methods or integrations (the link included) deploy again.
resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id

  triggers = {
    redeployment = sha1(jsonencode([
      aws_api_gateway_resource.proxy,
      aws_api_gateway_method.root,
      aws_api_gateway_integration.root,
      aws_api_gateway_method.proxy,
      aws_api_gateway_integration.proxy,
    ]))
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"
}

# Any answer from nginx, even its 404 page, shows the request crossed the link and the NLB; an
# error from API Gateway means it did not.
output "invoke_url" {
  value = aws_api_gateway_stage.prod.invoke_url
}
